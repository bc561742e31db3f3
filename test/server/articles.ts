// Short original articles for the API tests, each reporting one engagement: three between Việt
// Nam and the United States in different years (for the pair timeline, date filters and
// pagination), one Việt Nam–Japan call with a request, one Indonesia–Australia visit and one
// meeting on the sidelines of the ASEAN Foreign Ministers' Meeting.

export const VNM_USA_2022 = `Vietnam, US discuss economic cooperation

Hanoi, April 15, 2022 - Minister of Foreign Affairs Nguyễn Văn Hải received United States Ambassador Robert Hale in Hanoi on April 14.

The two sides discussed trade, investment and climate change cooperation. Minister Hải asked the United States to recognise Việt Nam as a market economy.`;

export const VNM_USA_2023 = `Foreign ministers of Vietnam and the United States hold talks

WASHINGTON, September 21, 2023 - Secretary of State Daniel Brooks met Vietnamese Foreign Minister Nguyễn Văn Hải in Washington on September 20.

The two ministers discussed cooperation on semiconductors, clean energy and education, and the freedom of navigation in the South China Sea.`;

export const VNM_USA_2024 = `Vietnamese, US top diplomats talk by phone

Hanoi, March 6, 2024 - Foreign Minister Nguyễn Văn Hải held a phone call with US Secretary of State Daniel Brooks on March 5.

They discussed preparations for high-level visits and cooperation in health and trade.`;

export const VNM_JPN_CALL = `Vietnam and Japan foreign ministers hold phone talks

Tokyo, June 11, 2024 - Japanese Minister for Foreign Affairs Aiko Tanabe held a telephone conversation with Vietnamese Foreign Minister Nguyễn Văn Hải on June 10.

The ministers discussed maritime security and infrastructure. Minister Hải asked Japan for further assistance in building the North-South expressway.`;

export const IDN_AUS_VISIT = `Indonesian foreign minister visits Australia

Canberra, August 2, 2024 - Indonesian Minister of Foreign Affairs Sari Wulandari paid an official visit to Australia on August 1 and held talks with Australian Foreign Minister James Whitfield in Canberra.

The two sides discussed defence cooperation, education and tourism.`;

export const VNM_SGP_AMM = `Vietnam, Singapore ministers meet at ASEAN meeting

Vientiane, July 26, 2024 - On the sidelines of the 57th ASEAN Foreign Ministers' Meeting in Vientiane, Vietnamese Foreign Minister Nguyễn Văn Hải met Singaporean Minister for Foreign Affairs Daniel Koh on July 25.

The two ministers discussed the digital economy and energy connectivity.`;

export const ARTICLES: Record<string, string> = {
  'vnm-usa-2022.txt': VNM_USA_2022,
  'vnm-usa-2023.txt': VNM_USA_2023,
  'vnm-usa-2024.txt': VNM_USA_2024,
  'vnm-jpn-call.txt': VNM_JPN_CALL,
  'idn-aus-visit.txt': IDN_AUS_VISIT,
  'vnm-sgp-amm.txt': VNM_SGP_AMM,
};
