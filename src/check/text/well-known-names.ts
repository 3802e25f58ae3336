/**
 * Names that English text uses all the time and a site's glossary need not
 * list: countries and their adjectives, regions, large cities, US states,
 * frequent given names and Korean surnames, Korean provinces and cities,
 * Japanese prefectures, Chinese provinces and cities, frequent Japanese and
 * Chinese names, Korean surnames as North Korea romanizes them (Pak, Ri,
 * Choe), lowercase. One of these is a
 * name in its own right, never a misspelling of a glossary form
 * (Austria is not a slip for Australia, nor Iraq for Iran).
 */

const NAMES = `
aaron abigail adam afghan afghanistan africa african ahn aiden alabama alan alaska albania albanian
albert alexander alexis algeria algerian alice almaty amanda amber america american amsterdam amy
andalusia andorra andrea andrew angela angola angolan ankara ann anna anne antarctica anthony apulia
arab arabic arctic argentina argentine argentinian arizona arkansas armenia armenian arthur ashgabat
ashley asia asian astana athens atlanta atlantic auckland austin australia australian austria
austrian azerbaijan babylon bae baek baghdad bahamas bahrain baku balkan balkans baltic baltimore
bang bangkok bangladesh barbados barbara barcelona bavaria beijing beirut belarus belgian belgium
belgrade belize benin benjamin berlin betty beverly bhutan billy bishkek bobby bogota bolivia
bolivian bologna bosnia boston botswana brandon brasilia brazil brazilian brenda brian britain
british briton brittany bruce brunei brussels bryan bucharest budapest bulgaria bulgarian burkina
burma burmese burundi busan byzantium cairo calabria california cambodia cambodian cameroon canada
canadian canberra caracas caribbean carl carol carolina carolyn catalonia catherine caucasus ceylon
cha chad chae changwon charles charlotte chennai cheongju cheryl chicago chile chilean china chinese
chisinau cho choi christian christina christine christopher chun chuncheon claire colombia colombian
colorado comoros congo connecticut copenhagen corsica crimea croatia croatian cuba cuban cynthia
cyprus czech czechia czechoslovakia daegu daejeon dakota dallas damascus daniel danielle danish
david deborah debra delaware delhi denise denmark dennis denver detroit diana diane diaoyu djibouti
doha dokdo dominica donald donbas donna doris dorothy douglas dubai dublin dushanbe dutch dylan
eastern ecuador edinburgh edward egypt egyptian elijah elizabeth emily emma england english eom eric
eritrea estonia estonian eswatini ethan ethiopia ethiopian eugene eurasia europe european evelyn
fiji filipino finland finnish flanders florence florida formosa france frances frank frankfurt
french fukuoka gabon gabriel gambia gangneung gary gaul geneva genoa george georgia georgian gerald
german germany ghana ghanaian gloria gong grace greece greek gregory grenada guam guangzhou
guatemala guinea gunsan guyana gwangju gyeongju ha haiti hamburg hampshire han hannah hanoi harold
havana hawaii heather helen helsinki henry heo himalaya himalayas hiroshima hispanic hokkaido
honduras hong honolulu honshu houston hungarian hungary hwang hyun iceland icelandic idaho illinois
incheon india indian indiana indonesia indonesian iowa iran iranian iraq iraqi ireland irish
isabella islamabad israel israeli istanbul italian italy iwakuni jack jacob jacqueline jakarta
jamaica james jane janeiro janet jang janice japan japanese jason jean jeffrey jeju jennifer jeon
jeong jeonju jeremy jerry jersey jerusalem jesse jessica ji jin jinhae joan joe johannesburg john
jonathan joo jordan jordanian jose joseph joshua joyce juan judith judy julie jung justin kabul
kadena kang kansas kaohsiung karachi karen kashmir katherine kathleen kathryn kayla kazakh
kazakhstan keith kelly kenneth kentucky kenya kenyan kevin khabarovsk kiev kim kimberly kiribati ko
kobe kolkata kong koo korea korean kosovo kuala kuril kurils kuwait kuwaiti kwak kwon kyiv kyle
kyoto kyrgyzstan kyushu lagos lahore laos larry latin latvia latvian laura lauren lawrence lebanese
lebanon lee lesotho liberia libya libyan liechtenstein lim lima linda lisa lisbon lithuania
lithuanian liverpool ljubljana logan lombardy london lori louis louisiana lucy lumpur luxembourg
lyon macau madagascar madison madrid maine malawi malaysia malaysian maldives mali malta manchester
manchuria manila margaret maria marie marilyn mark marseille martha mary maryland mason
massachusetts matthew mauritania mauritius mediterranean megan melbourne melissa mesopotamia mexican
mexico miami michael michelle michigan micronesia milan min minnesota minsk misawa mississippi
missouri moldova monaco mongolia mongolian montana montenegro montreal moon moroccan morocco moscow
mozambique mumbai munich myanmar na nagasaki nagoya nairobi nam namibia nancy naples natalie nathan
nauru nebraska nepal nepalese netherlands nevada nicaragua nicholas nicole niger nigeria nigerian
noah noh nordic normandy norway norwegian oceania oh ohio okinawa oklahoma olivia oman oregon osaka
osan oslo ottawa ottoman pacific pakistan pakistani palau palermo palestine palestinian pamela
panama panamanian paraguay paris park patricia patrick paul pennsylvania persia peru peruvian peter
philadelphia philip philippines phoenix pohang poland polish portugal portuguese prague pretoria
provence prussia pyeongtaek pyongyang qatar rachel ralph randy raymond rebecca rhode rhodesia
richard riga rio riyadh robert roger romania romanian rome ronald rose roy russell russia russian
ruth rwanda ryan ryu sahara sakhalin samantha samoa samuel sandra santiago sapporo sara sarah
sarajevo sardinia sasebo saudi saxony scandinavia scotland scott scottish sean seattle sejong sendai
senegal senkaku seo seoul serbia serbian seychelles shanghai sharon shenzhen shikoku shim shin
shirley siam siberia sicily singapore singaporean skopje slavic slovak slovakia slovenia sofia
somali somalia son song sophia soviet spain spanish sparta stephanie stephen steven stockholm sudan
sudanese sung suriname susan suwon sweden swedish swiss switzerland sydney syria syrian taipei
taiwan taiwanese tajikistan takeshima tallinn tanzania tashkent tbilisi tehran tennessee teresa
terry texas thai thailand theresa thomas tibet timothy tirana togo tokyo tonga toronto trieste troy
tunisia tunisian turin turkey turkish turkiye turkmenistan tuscany tuvalu tyler uganda ukraine
ukrainian ulaanbaatar ulsan uruguay utah uzbek uzbekistan vancouver vanuatu vatican venetia
venezuela venezuelan venice vermont verona victoria vienna vietnam vietnamese vilnius vincent
virginia vladivostok wales wallonia walter warsaw washington wayne wellington welsh western william
willie wisconsin won woo wyoming xinjiang yang yemen yemeni yerevan yokohama yokosuka yoo yoon york
yugoslavia zachary zagreb zambia zimbabwe zurich
gyeonggi gangwon chungcheong jeolla gyeongsang gyeongbuk gyeongnam jeonbuk jeonnam chungbuk chungnam
gimhae gumi andong yeosu suncheon mokpo iksan wonju cheonan asan paju goyang yongin seongnam bucheon
ansan anyang hwaseong siheung gimpo uijeongbu namyangju hanam icheon geoje tongyeong jinju masan
gimcheon yeongju sangju jecheon chungju gongju nonsan boryeong seosan dangjin gwangyang naju sacheon
miryang yangsan ulleung gyeongsan gwacheon seogwipo
nara chiba saitama kanagawa hyogo aichi shizuoka nagano niigata miyagi ishikawa kagoshima kumamoto
guangdong fujian zhejiang jiangsu shandong sichuan yunnan hainan liaoning jilin heilongjiang hubei
hunan henan hebei shanxi shaanxi anhui jiangxi guangxi tianjin chongqing wuhan nanjing hangzhou
xiamen shenyang dalian qingdao harbin
pak ri rim choe jon chong sin mun hyon kye pae ro
sato suzuki takahashi tanaka watanabe yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
matsumoto inoue kimura hayashi shimizu ishiba koizumi motegi takashi hiroshi shinzo taro kenji akira
yuki haruki wang zhang chen huang zhao zhou zhu guo
`;

export const WELL_KNOWN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Case-insensitive; a plural or possessive-free plural also counts (the Koreas). */
export function isWellKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return WELL_KNOWN_NAMES.has(lower) || (lower.endsWith('s') && WELL_KNOWN_NAMES.has(lower.slice(0, -1)));
}
