// Short original articles for the store tests, written in different outlets' styles: two
// reports of one Vietnam–Belarus meeting from each side, a syndicated copy of the first with a
// new headline, a Japan–Philippines call with a later corrected version, a Vietnam–US meeting
// and a Kenya–Thailand visit; and four reports that spell the same people differently (a
// transliteration, a dropped letter, a doubled letter, a hyphen and a vowel).

/** Vietnam News Agency style: the meeting in Minsk, told from the Vietnamese side. */
export const VNM_BLR_VNA = `Vietnam, Belarus pledge to deepen traditional friendship

Minsk, July 11, 2024 (VNA) - Deputy Prime Minister and Minister of Foreign Affairs Bùi Thanh Sơn held talks with Belarusian Foreign Minister Maxim Ryzhenkov in Minsk on July 10.

Sơn affirmed that Việt Nam attaches importance to its traditional friendship with Belarus and proposed that the two sides expand cooperation in trade, investment, agriculture and education. The two ministers agreed to promote the delivery of Vietnamese farm produce to the Eurasian market and to step up cooperation in science and technology.

The Deputy Prime Minister asked Belarus to support Việt Nam's candidacy for a seat on the UN Human Rights Council for the 2026-2028 term. Ryzhenkov said Belarus highly valued its relations with Việt Nam and wished to boost exchanges of delegations at all levels.

The two countries will celebrate the 35th anniversary of their diplomatic relations in 2027.`;

/** Belarusian MFA style: the same meeting, other words, the other side's view. */
export const VNM_BLR_MFA = `Maxim Ryzhenkov meets with Vietnamese counterpart

On 10 July 2024, Minister of Foreign Affairs of Belarus Maxim Ryzhenkov met with Deputy Prime Minister, Minister of Foreign Affairs of Vietnam Bui Thanh Son, who is in Minsk on an official visit.

The ministers discussed the state and prospects of bilateral cooperation, including in industry, trade and healthcare, and exchanged views on regional and international issues. Maxim Ryzhenkov thanked the Vietnamese side for its support of Belarus in international organizations and invited Vietnamese companies to invest in the Great Stone industrial park.

The sides agreed to continue close coordination at the United Nations.`;

/** A syndicated copy of VNM_BLR_VNA: new headline and dateline, same body. */
export const VNM_BLR_SYNDICATED = VNM_BLR_VNA.replace(
  'Vietnam, Belarus pledge to deepen traditional friendship',
  'Top Vietnamese diplomat in Minsk for talks on trade, UN seat',
);

/** Japanese MFA style: a phone call; this first version carries a wrong date. */
export const JPN_PHL_CALL_V1 = `Japan, Philippines foreign ministers hold phone talks
Tokyo, October 8, 2024

Japanese Minister for Foreign Affairs Haruto Nakamura held a telephone conversation with Philippine Secretary of Foreign Affairs Isabel Ramos-Cruz on October 7.

Minister Nakamura said Japan attached great importance to its strategic partnership with the Philippines and to security cooperation at sea. Secretary Ramos-Cruz asked Tokyo for further assistance in maritime domain awareness training for the Philippine Coast Guard.

Japan and the Philippines will mark the 70th anniversary of their diplomatic relations in 2026.`;

/** The corrected version of the same page: a different date and an added paragraph. */
export const JPN_PHL_CALL_V2 = JPN_PHL_CALL_V1.replace('on October 7.', 'on October 6.').concat(
  '\n\nThe two ministers also exchanged views on the situation in the South China Sea and agreed to work together at the ASEAN-related meetings.',
);

/** A US readout: a different pair and a different year. */
export const VNM_USA_READOUT = `Secretary Blinken's Meeting with Vietnamese Foreign Minister Bui Thanh Son

WASHINGTON, September 21, 2023 - Secretary of State Antony J. Blinken met today with Vietnamese Deputy Prime Minister and Foreign Minister Bui Thanh Son in New York on the margins of the 78th UN General Assembly.

The Secretary and the Deputy Prime Minister discussed implementation of the U.S.-Vietnam Comprehensive Strategic Partnership, including cooperation on semiconductors, clean energy and climate change. They also discussed the importance of freedom of navigation in the South China Sea.`;

/** Thai MFA style: a visit to Kenya, no Vietnamese involvement at all. */
export const THA_KEN_VISIT = `Foreign Minister visits Kenya to boost trade ties

Nairobi, 5 March 2024 - Minister of Foreign Affairs of Thailand Parnpree Bahiddha-nukara paid an official visit to Kenya on 4 March 2024 and held talks with Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi in Nairobi.

The two sides discussed cooperation in trade, tourism, agriculture and food security. Kenya asked Thailand to open its market to Kenyan avocados and tea. Thailand and Kenya will mark the 60th anniversary of diplomatic relations in 2027.`;

/** Russian MFA style: "Sergey Lavrov", "Vivian Balakrishnan". */
export const RUS_SGP_TALKS = `Sergey Lavrov holds talks with Foreign Minister of Singapore

Moscow, March 12, 2024 - Minister of Foreign Affairs of Russia Sergey Lavrov held talks with Minister for Foreign Affairs of Singapore Vivian Balakrishnan in Moscow on March 11.

The ministers reviewed trade and investment ties, cooperation in education and the digital economy, and the situation in Southeast Asia. Sergey Lavrov noted the steady growth of tourist flows between the two countries.

Vivian Balakrishnan invited Russian companies to take part in the Singapore International Energy Week.`;

/** Singapore MFA style, months later: "Sergei Lavrov", and "Balakrishan" with a letter missing. */
export const SGP_RUS_CALL = `Minister for Foreign Affairs Dr Vivian Balakrishan's telephone call with Russian Foreign Minister

SINGAPORE, 25 September 2024 - Minister for Foreign Affairs Dr Vivian Balakrishan spoke with Russian Foreign Minister Sergei Lavrov by telephone on 24 September 2024.

The two ministers discussed the food security situation and shipping in the Red Sea. Dr Balakrishan reiterated Singapore's support for a rules-based multilateral trading system.`;

/** Qatari style: "Sheikh Mohammed bin Abdulrahman Al Thani", "Penny Wong". */
export const QAT_AUS_MEETING = `Prime Minister meets Australian Foreign Minister

Doha, 14 May 2024 - Prime Minister and Minister of Foreign Affairs of Qatar Sheikh Mohammed bin Abdulrahman Al Thani met Australian Minister for Foreign Affairs Penny Wong in Doha on Monday.

The meeting reviewed bilateral cooperation in energy, education and investment, as well as efforts to reach a ceasefire in Gaza.`;

/** Australian style, a later call: "Mohammad bin Abdulrahman Al-Thani" and a typo, "Peny Wong". */
export const AUS_QAT_CALL = `Call with Qatari Prime Minister

Canberra, 2 August 2024 - Australian Minister for Foreign Affairs Peny Wong spoke by phone with Prime Minister and Minister of Foreign Affairs of Qatar Mohammad bin Abdulrahman Al-Thani on 1 August.

They discussed humanitarian access in Gaza and agricultural trade.`;
