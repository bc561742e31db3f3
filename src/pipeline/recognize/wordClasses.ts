// Closed word classes the person and title grammars rely on. Folded (lower-case, no diacritics).

/** Words that make office titles longer without being heads: "Foreign", "Affairs", "Security"... */
export const PORTFOLIO = new Set(
  `foreign affairs external international cooperation relations trade industry commerce finance economy economic
  planning investment defence defense security policy home interior justice health education training agriculture
  rural development culture sports tourism information communications communication labour labor invalids social
  natural resources environment energy transport transportation construction science technology public national
  europe european overseas commonwealth affairs peoples people power state federal government cabinet party central
  political bureau committee commission council office ministry department human rights humanitarian legal
  general diplomatic protocol asia pacific americas africa african asian middle east immigration fisheries
  oceans maritime climate digital innovation industry industries women youth family veterans treasury budget
  revenue customs intelligence strategic strategy relations union assembly parliament congress senate house
  transition transformation water housing urban land mines mining petroleum oil gas electricity telecommunications
  post posts media arts heritage sport gender children elderly employment manpower aviation shipping ports railways
  roads highways works infrastructure statistics taxation cooperatives enterprise enterprises entrepreneurship small
  medium food livestock forestry irrigation ecology wildlife conservation disaster emergency management civil service
  reform reforms religious endowments martyrs emigrants nationals abroad expatriates integration regional francophonie
  partnerships partnership development planning investment investments trade commerce industry industrialisation
  industrialization productivity competitiveness dialogue unification reconciliation solidarity sustainable
  representatives people's republic democratic socialist islamic kingdom emirates nations united world bank fund
  monetary organization organisation agency programme program high level administration unit cooperation
  mobility migration diaspora worship citizenship`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that never start or continue a person's name. */
export const NOT_NAME = new Set(
  `triangle format quartet troika platform the a an this that these those his her their its our my your he she they it we i you both each all some many
  at in on of for to from by with and or but as after before during while when where which who whom whose what
  meeting meetings talks visit visits conference summit forum session dialogue debate ceremony event call
  minister ministers secretary president vice deputy prime ambassador mr mrs ms dr madam sir his excellency h.e
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  previously meanwhile also however furthermore moreover additionally regarding concerning accordingly
  earlier later then there here now firstly secondly thirdly fourthly fifthly sixthly finally lastly
  photo photos source comment vna vns vov xinhua reuters afp ap kyodo bernama antara pna ani pti
  according speaking addressing affirming emphasising emphasizing highlighting noting stressing welcoming
  attending meeting receiving hosting following given despite amid under over within without between among
  committee council commission agreement partnership organization organisation union association bank fund
  programme program initiative declaration convention party congress assembly ministry department agency group
  company corporation university institute center centre treaty charter alliance movement network office
  general debate high-level level joint political consultation steering framework strategy plan vision
  statement communique readout spokesperson press release news agency times post daily herald journal
  government embassy consulate delegation members member leaders leader officials official counterpart
  counterparts sides side countries country nations nation people hall palace house building buildings street
  square centre center park hotel airport city province region island islands river sea ocean bay gulf peninsula
  states republic kingdom emirates federation community nations
  strait valley district museum stadium conference summit forum cathedral temple mosque university college`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case particles inside names: "bin", "Al", "de", "van"... */
export const NAME_PARTICLES = new Set(
  'bin bint ibn al el de da do dos das van von der den la le du di del della y ter zu ben abu'.split(' '),
);

/** Honorifics before a name; dropped from the name except the ones that are part of it by custom. */
export const HONORIFICS = new Set(
  'mr mrs ms miss dr eng engr madam sir h.e hh hrh excellency senator prof professor dato datuk datin tun toh puan haji hajjah seri sri utama rt hon honourable honorable highness majesty'.split(
    ' ',
  ),
);

/** Month names, which are also given names ("Jan Lipavsky", "Theresa May"). */
export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

export const MONTH_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
export const KEPT_HONORIFICS = new Set('sheikh sheikha prince princess king queen emir sultan'.split(' '));

/** Verbs that follow a subject at the start of a sentence: "Steiner said", "Wong affirmed". */
export const REPORTING_VERBS = new Set(
  `said says say stated stressed noted affirmed asserted added told congratulated expressed emphasised emphasized
  highlighted proposed suggested welcomed thanked praised agreed underlined underscored briefed met meets held
  received receives hosted called spoke visited attended paid urged asked shared wished hoped appreciated pledged
  reaffirmed reiterated discussed informed conveyed assessed acknowledged valued voiced laid raised announced
  invited declared insisted explained confirmed reported wrote outlined described lauded commended hailed
  signed witnessed co-chaired chaired led arrived departed left is was has had will would also requested sought
  recalled reviewed presented handed conveyed stressed reaffirmed assured promised offered`
    .split(/\s+/)
    .filter(Boolean),
);
