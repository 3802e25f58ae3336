/**
 * About 2539 of the most frequent English words (and the vocabulary of
 * news about politics, defence and trade), lowercase. A capitalized word
 * that is one of these, or an inflection of one, opens a sentence or a
 * headline; it is never taken for a misspelt name (SPEC §5.2).
 */

const WORDS = `
a able about above abroad absence absolute absolutely academic accept accepted access accident
accord according account accused achieve achieved acquire across act action active activity actor
actual actually add added addition additional address adm administration admiral admit adopt adult
advance advanced advantage advice aerial affair affect affiliate afford afraid after afternoon again
against age agency agenda agent aggression ago agree agreed agreement ahead aid aim aimed air
aircraft airline airport airspace alarm album alive all alliance allied allow allowed ally almost
alone along already also alter alternative although aluminium aluminum always amazing ambassador
amid ammunition among amount analysis analyst ancient and anger angle angry animal announce
announced announcement annual another answer anxiety any anyone anything anyway anywhere apart
apparent apparently appeal appear appearance apple applied apply appoint appointed approach
appropriate approval approve approved april area argue argued argument arise arm armed armistice
arms army around arrange arrangement arrest arrival arrive arrived arsenal art article artillery
artist as aside ask asked asleep aspect assembly assess asset assist assistance assistant associate
association assume at attack attacked attempt attend attention attitude attorney attract audience
august author authority auto automaker autumn available avenue average avoid award aware away awful
baby back background bad badly bag balance ball ballistic ballot ban band bank bar base based basic
basis battalion battery battle bay be bean bear beat beautiful beauty became because become bed beef
been beer before began begin beginning behalf behavior behaviour behind being belief believe
believed bell belong below belt beneath benefit berry beside besides best bet better between beyond
big bilateral bill billion bird birth bit bitter black blame blank block blood blow blue board boat
body bold bomb bomber bombers bond bone book border born borrow boss both bother bottle bottom bound
box boy brain branch brand brave bread break breakfast breath brick bridge brief briefly brigade
bright brilliant bring broad broadcast broke broken brother brought brown budget build building
built burden bureau burn bus business busy but butter buy by cabinet cable cake call called calm
came camera camp campaign can cancel cancer candidate cap capable capacity capital capt captain
capture car card care career careful carefully carrier carriers carry case cash cast cat catch
category cause caused ceasefire ceiling celebrate cell center central centre century ceremony
certain certainly chain chair chairman challenge chamber champion chance chancellor change changed
channel chapter character charge chart chase cheap check cheese chemical cherry chest chicken chief
child childhood children chip choice choose chose chosen church circle citizen city civil civilian
claim claimed class classic clean clear clearly client climate climb clock close closed closely
cloud club cmdr coach coal coalition coast coat cobalt code coffee col cold collapse colleague
collect collection college colonel color colour column combat combination combine come comes comfort
comfortable coming command commander comment commercial commission commissioner commit commitment
committed committee common communication communique community company compare compared comparison
compete competition complain complete completely complex component concentrate concept concern
concerned concerns conclusion condition conduct conference confidence confirm confirmed conflict
conglomerate congress connect connection consequence conservative consider considerable considered
consistent constant constitution constitutional construction consulate consumer contact contain
content contest context continue continued contract contractor contractors contrast contribute
control controversial convention conversation convince convoy cook cool cooperation copper copy core
corn corner corporal corporate corps correct cost could council count counter counterpart
counterparts country county coup couple courage course court cover covered crash create created
creative credit crew crime criminal crisis critical criticism critics crop cross crowd crucial crude
cry cultural culture cup currency current currently custom customer cut cyber cycle daily damage
dance danger dangerous dark data date daughter dawn day dead deal dealing dear death debate debt
decade december decide decided decision declaration declare declared decline deep defeat defence
defend defense deficit define definitely degree delay delegation deliver delivery demand democracy
democrat democratic demonstrate deny department depend deploy deployment deputy describe described
desert design designed desire desk despite destroy destroyer detail detailed determine deterrence
deterrent develop developed developing development device die diet difference different difficult
difficulty digital dinner diplomacy diplomat diplomatic direct direction directly director dirty
disappear discover discovery discuss discussion disease dismiss display dispute disputed distance
distinct district divide division doctor document dog dollar domestic dominant door double doubt
dove down dr draft drama dramatic draw dream dress drill drills drink drive driver drone drop drug
dry due during dusk dust duty each eager ear early earn earth ease easily east eastern easy eat
economic economy edge edition editor education effect effective effort eg egg eight either elect
elected election electric element elite else elsewhere embassy emerge emergency emphasis empire
employ employee employer empty enable encourage end ended enemy energy engage engine engineer enjoy
enormous enough enrichment ensure enter enterprise entire entirely entry environment environmental
envoy equal equipment era escalation escape escort especially espionage essential establish
established estate estimate etc euro even evening event eventually ever every everybody everyone
everything evidence evil exact exactly exam examine example excellent except exchange exciting
executive exercise exercises exist existence existing expand expansion expect expected expense
expensive experience experiment expert explain explanation exploration explore explosion export
exports expose express expression extend extent external extra extreme eye face facility fact factor
factory fail failed failure fair fairly faith fall false familiar family famine famous fan far farm
farmer fashion fast fat father fault favor favorite favour fear feature february federal fee feed
feel feeling fellow felt female few field fifth fifty fight fighter fighters fighting figure file
fill film final finally finance financial find finding fine finger finish fire firm first fiscal
fish fit five fix flag flat fleet flight floor flow fly focus follow following food foot football
for force forced foreign forest forever forget form formal former forward found foundation four
fourth frame framework free freedom french frequent fresh friday friend friendly frigate from front
fuel full fully fun function fund funding further future gain game gap garden garlic garrison gas
gate gather gave gen general generally generation gentle genuine get giant gift girl give given glad
glass global go goal god going gold golden gone good gov govern government governor grade grand
grant grape great green ground group grow growing growth guard guess guest guide guilty gun guy
hacker hackers hair half hall hand handle hang happen happened happy harbor harbour hard hardly harm
hat hate have hawk hawkish he head health hear heard heart heat heavy held hell help her here hero
hers herself hide high highly hill him himself hire his historic historical history hit hold holder
hole holiday home honest honey hope horse hospital host hot hotel hour house housing how however
howitzer huge human humanitarian hundred hunt husband hypersonic ice idea ideal identify identity ie
if ignore ill illegal image imagine immediate immediately impact impeachment import importance
important impose impossible improve improvement in incident include included including income
increase increased increasingly incumbent indeed independence independent index indicate individual
industrial industry inflation influence inform information initial initiative injury inner innocent
input inside insist instance instead institute institution insurance insurgent intelligence intend
intention interceptor interest interested interesting internal international interview into
introduce introduction invasion invest investigation investment investor invite involve involved
iron island issue it item its itself january jet job join joined joint journal journey jr judge
judgment july jump june junior jury just justice keen keep key kick kid kill killed kind king
kitchen knew knife know knowledge known labor labour lack lady land language large largely last late
later latest latter laugh launch launched launcher law lawmaker lawyer lay lead leader leadership
leading league lean learn least leave led left leg legal legislation legislator lemon lend length
less lesson let letter level liberal library lie lieutenant life lift light like likely limit
limited line link list listen literature lithium little live living load loan local location lock
long look loose lord lose loss lost lot loud love lovely low lower lt luck lunch machine mad made
magazine main mainly maintain maj major majority make maker making male man manage management
manager manner manufacture manufacturer many map march marine maritime mark market marriage married
marshal martial mass master match material matter may maybe mayor me meal mean meaning means
meanwhile measure meat media medical meet meeting melon member memory mental mention merely message
met metal method middle midnight might mile militarism military militia milk million mind mine
mineral minimum minister ministerial ministry minor minority minute miss missile missing mission
mistake mix mobile model modern moment monday money month mood moon moral more moreover morning most
mostly mother motion motor mountain mouth move movement movie mr mrs ms much multilateral munitions
murder museum music must my myself name narrow nation national native natural nature naval navy near
nearby nearly necessary neck need negative negotiate negotiation negotiations negotiator neighbor
neighbour neither nervous net network never nevertheless new news newspaper next nice nickel night
nine no nobody noise none noon nor normal normally north northern nose not note nothing notice novel
november now nuclear number nurse object objective obvious obviously occasion occupation occur ocean
october odd of off offensive offer office officer official often oil ok okay old on once one onion
online only onto open opening operate operation opinion opponent opportunity oppose opposed opposite
opposition option or orange orbit order ordinary organisation organization organize origin original
other others otherwise ought our ours ourselves out outbreak outcome outpost outside over overall
overseas own owner pace pacific pacifism pacifist pack package pact page pain paint pair palace
pandemic panel paper parent park parliament parliamentary part particular particularly partly
partner partnership party pass passage passenger past path patient patrol pattern pay payment peace
peaceful peach pear peninsula people pepper per percent perfect perform performance perhaps period
permanent permission person personal personally perspective phase phone photo phrase physical pick
picture piece pilot pipeline place plan plane planet planned plant platform play player please
pleasure plenty plum plus plutonium pocket poem poet point police policy political politician
politics poll pool poor pop popular population pork port position positive possibility possible
possibly post postwar potato potential pound poverty power powerful practical practice pray premier
prepare prepared presence present preserve president presidential press pressure pretty prevent
previous previously prewar price pride primary prime prince principle print prior priority prison
prisoner private prize probably problem procedure process procurement produce produced producer
product production prof profession professional professor profit program programme progress project
promise promote proper properly property proposal propose proposed prosecutor prospect protect
protection protest proud prove provide provided province provision provocation public publish pull
punish purchase pure purpose pursue push put quality quarantine quarter queen question quick quickly
quiet quite quote race radar radio rail rain raise raised rally range rank rapid rapidly rare rarely
rate rather reach react reaction reactor read reader reading ready real reality realize really
rearmament reason reasonable rebel rebels recall receive received recent recently recession
recognize recommend reconnaissance record recover recovery red reduce reduced refer reference
referendum reflect reform refugee refugees refuse regard regime regiment region regional register
regular regulation reject relate related relation relationship relative relatively release relevant
relief religion religious rely remain remained remark remember remind remote remove rent rep repair
repeat replace replaced reply report reported reporter represent representative republic republican
reputation request require required research reserve resident resign resist resolution resolve
resource respect respond response responsibility responsible rest restaurant restore restrict result
retain retire retired return reveal revenue review revolution reward rich rid ride right ring rise
risk rival river road rock rocket role roll roof room root rose rough round route row royal rule
ruling run running rural rush sabotage sad safe safety said sail sake salary sale sales salt same
sample sanction sanctions satellite satisfy saturday save saw say saying scale scene schedule scheme
scholar school science scientist score screen sea search season seat second secret secretary section
sector secure security see seek seem seen select selection sell semiconductor sen senate senator
send senior sense sensitive sent sentence separate september sergeant series serious seriously serve
service session set settle settlement seven several severe sex sgt shake shall shape share
shareholder sharp she sheet shelf shell shift ship shipbuilding shipyard shock shoe shoot shop shore
short shot should shoulder shout show shut sick side sight sign signal signed significant
significantly silence silent silver similar simple simply since sing single sir sister sit site
situation six size skill skin sky sleep slightly slip slow slowly small smart smile smoke snow so
social society soft software soil soldier sole solid solution solve some somebody somehow someone
something sometimes somewhat somewhere son song soon sorry sort soul sound soup source south
southern sovereign sovereignty space speak speaker special specific speech speed spend spending
spirit split spokesman spokesperson spokeswoman sport spot spread spring spy squad square sr st
stable staff stage stake stand standard star start started state statement station status stay
steady steal stealth steel step stick still stock stone stop storage store storm story straight
strait strange stranger strategic strategy stream street strength strengthen stress stretch strike
strong strongly structure struggle student studio study stuff style subject submarine submit
subsidiary substantial succeed success successful such sudden suddenly suffer sufficient sugar
suggest suit summary summer summit sun sunday supply support supporter suppose supreme sure surface
surplus surprise surround surveillance survey survival survive suspect sweet swim switch symbol
system table tactic tactical take taken tale talk talks tall tank target tariff task tax tea teach
teacher team tear technical technique technology telephone television tell temperature temporary ten
tend tension term terminal terrible territorial territory terror terrorism test text than thank
thanks that the theater theatre their theirs them theme themselves then theory there therefore these
they thick thin thing think third thirty this those though thought thousand threat threaten three
through throughout throw thursday thus ticket tie tight time tiny tip tired title to today together
tomato tomorrow tone tonight too took tool top topic total totally touch tough tour tourist toward
towards tower town track trade tradition traditional traffic train training transfer transport
travel treat treatment treaty tree trend trial tribunal trilateral trip troop troops trouble truce
truck true truly trust truth try tuesday turn twelve twenty twice two type typical ugly ultimately
unable uncle under underneath understand understanding unemployment unification union unique unit
unite united unity universal universe university unknown unless unlike unlikely until unto unusual
up upon upper uranium urban urge us use used useful user usual usually vaccine valley valuable value
variety various vast vehicle venture verdict version versus very vessel veteran via victim victory
video view village violence violent virtual virtually virus visible vision visit visitor vital voice
volume vote voter vs wage wait wake walk wall want war warhead warm warn warning warship wartime
wash waste watch water waters wave way we weak weakness wealth weapon weapons wear weather website
wednesday week weekday weekend weekly weigh weight welcome welfare well west western what whatever
wheat wheel when whenever where whereas whereby wherever whether which while whilst white who whole
whom whose why wide widely wife wild will willing win wind window wine wing winner winter wire wise
wish with withdraw within without witness woman women won wonder wonderful wood word work worker
working world worried worry worse worst worth would wound write writer writing written wrong wrote
yard yeah year yellow yen yes yesterday yet you young your yours yourself youth zero zone
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers', 'est'];

/** A common English word, or a plain inflection of one (missiles, ministers, signed). Case-insensitive. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_WORDS.has(lower)) return true;
  return INFLECTIONS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending) && COMMON_WORDS.has(lower.slice(0, -ending.length)));
}
