/**
 * Names that English text uses all the time and a site's glossary need not
 * list: countries and their adjectives, regions, large cities, US states,
 * frequent given names and Korean surnames, lowercase. One of these is a
 * name in its own right, never a misspelling of a glossary form
 * (Austria is not a slip for Australia, nor Iraq for Iran).
 */

const NAMES = `
aaron abigail adam afghan afghanistan africa african ahn aiden alabama alan alaska albania albanian
albert alexander alexis algeria algerian alice amanda amber america american amsterdam amy andorra
andrea andrew angela angola angolan ankara ann anna anne antarctica anthony arab arabic arctic
argentina argentine argentinian arizona arkansas armenia armenian arthur ashley asia asian athens
atlanta atlantic auckland austin australia australian austria austrian azerbaijan bae baek baghdad
bahamas bahrain balkan balkans baltic baltimore bang bangkok bangladesh barbados barbara barcelona
beijing beirut belarus belgian belgium belize benin benjamin berlin betty beverly bhutan billy bobby
bogota bolivia bolivian bosnia boston botswana brandon brasilia brazil brazilian brenda brian
britain british briton brittany bruce brunei brussels bryan bucharest budapest bulgaria bulgarian
burkina burma burmese burundi busan cairo california cambodia cambodian cameroon canada canadian
canberra caracas caribbean carl carol carolina carolyn catherine caucasus cha chad chae charles
charlotte chennai cheryl chicago chile chilean china chinese cho choi christian christina christine
christopher chun claire colombia colombian colorado comoros congo connecticut copenhagen crimea
croatia croatian cuba cuban cynthia cyprus czech czechia daegu daejeon dakota dallas damascus daniel
danielle danish david deborah debra delaware delhi denise denmark dennis denver detroit diana diane
diaoyu djibouti doha dokdo dominica donald donbas donna doris dorothy douglas dubai dublin dutch
dylan eastern ecuador edinburgh edward egypt egyptian elijah elizabeth emily emma england english
eom eric eritrea estonia estonian eswatini ethan ethiopia ethiopian eugene eurasia europe european
evelyn fiji filipino finland finnish florence florida france frances frank frankfurt french fukuoka
gabon gabriel gambia gary geneva george georgia georgian gerald german germany ghana ghanaian gloria
gong grace greece greek gregory grenada guam guangzhou guatemala guinea guyana gwangju ha haiti
hamburg hampshire han hannah hanoi harold havana hawaii heather helen helsinki henry heo himalaya
himalayas hiroshima hispanic hokkaido honduras hong honolulu honshu houston hungarian hungary hwang
hyun iceland icelandic idaho illinois incheon india indian indiana indonesia indonesian iowa iran
iranian iraq iraqi ireland irish isabella islamabad israel israeli istanbul italian italy jack jacob
jacqueline jakarta jamaica james jane janeiro janet jang janice japan japanese jason jean jeffrey
jeju jennifer jeon jeong jeremy jerry jersey jerusalem jesse jessica ji jin joan joe johannesburg
john jonathan joo jordan jordanian jose joseph joshua joyce juan judith judy julie jung justin kabul
kang kansas kaohsiung karachi karen kashmir katherine kathleen kathryn kayla kazakh kazakhstan keith
kelly kenneth kentucky kenya kenyan kevin kiev kim kimberly kiribati ko kobe kolkata kong koo korea
korean kosovo kuala kuwait kuwaiti kwak kwon kyiv kyle kyoto kyrgyzstan kyushu lagos lahore laos
larry latin latvia latvian laura lauren lawrence lebanese lebanon lee lesotho liberia libya libyan
liechtenstein lim lima linda lisa lisbon lithuania lithuanian liverpool logan london lori louis
louisiana lucy lumpur luxembourg lyon macau madagascar madison madrid maine malawi malaysia
malaysian maldives mali malta manchester manchuria manila margaret maria marie marilyn mark
marseille martha mary maryland mason massachusetts matthew mauritania mauritius mediterranean megan
melbourne melissa mexican mexico miami michael michelle michigan micronesia milan min minnesota
minsk mississippi missouri moldova monaco mongolia mongolian montana montenegro montreal moon
moroccan morocco moscow mozambique mumbai munich myanmar na nagasaki nagoya nairobi nam namibia
nancy naples natalie nathan nauru nebraska nepal nepalese netherlands nevada nicaragua nicholas
nicole niger nigeria nigerian noah noh nordic norway norwegian oceania oh ohio okinawa oklahoma
olivia oman oregon osaka oslo ottawa pacific pakistan pakistani palau palestine palestinian pamela
panama panamanian paraguay paris park patricia patrick paul pennsylvania peru peruvian peter
philadelphia philip philippines phoenix poland polish portugal portuguese prague pretoria pyongyang
qatar rachel ralph randy raymond rebecca rhode richard rio riyadh robert roger romania romanian rome
ronald rose roy russell russia russian ruth rwanda ryan ryu sahara samantha samoa samuel sandra
santiago sapporo sara sarah saudi scandinavia scotland scott scottish sean seattle sendai senegal
senkaku seo seoul serbia serbian seychelles shanghai sharon shenzhen shikoku shim shin shirley
siberia singapore singaporean slavic slovak slovakia slovenia somali somalia son song sophia spain
spanish stephanie stephen steven stockholm sudan sudanese sung suriname susan suwon sweden swedish
swiss switzerland sydney syria syrian taipei taiwan taiwanese tajikistan takeshima tanzania tehran
tennessee teresa terry texas thai thailand theresa thomas tibet timothy togo tokyo tonga toronto
tunisia tunisian turin turkey turkish turkiye turkmenistan tuvalu tyler uganda ukraine ukrainian
ulsan uruguay utah uzbek uzbekistan vancouver vanuatu vatican venezuela venezuelan venice vermont
victoria vienna vietnam vietnamese vincent virginia wales walter warsaw washington wayne wellington
welsh western william willie wisconsin won woo wyoming xinjiang yang yemen yemeni yokohama yoo yoon
york zachary zambia zimbabwe zurich
`;

export const WELL_KNOWN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Case-insensitive; a plural or possessive-free plural also counts (the Koreas). */
export function isWellKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return WELL_KNOWN_NAMES.has(lower) || (lower.endsWith('s') && WELL_KNOWN_NAMES.has(lower.slice(0, -1)));
}
