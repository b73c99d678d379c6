// The words a signature is read by, in English, French, German, Spanish, Italian and Portuguese:
// what a role, a department, an organisation and a closing line look like. Shared by the zoning
// (signature.ts) and the field reading (signature-fields.ts).

/** Closing lines: the signature starts at them ("Best regards," / "Cordialement," / "Grüße"). */
export const VALEDICTION =
  /^(?:love|xo|hugs|(?:best|kind|warm|warmest|many|with|all the|my)?\s*(?:regards|wishes|thanks(?: again| so much| a lot| in advance)?|thank you(?: very much| so much| in advance)?|cheers|sincerely|best|respectfully|yours(?: truly| sincerely)?|rgds|greetings|hth)(?: from [\p{L} ]{2,30})?|thx|talk soon|take care|have a (?:nice|good|great|lovely) (?:day|weekend|evening|one)|sch[öo]ne[ns] (?:tag|abend|wochenende)|buen d[ií]a|buona (?:giornata|serata)|bom trabalho|cordialement|chaleureusement|amicalement|bien (?:à vous|cordialement)|(?:sinc[eè]res |meilleures )?salutations(?: distinguées)?|merci(?: beaucoup| d'avance| par avance)?|bonne (?:journée|soirée)|[àa] bient[ôo]t|(?:mit )?(?:freundliche[nm]|beste[nm]|herzliche[nm]|vielen|liebe|sonnigen) (?:gr[üu](?:ß|ss)(?:en)?|dank)|(?:viele |beste |liebe |herzliche )?gr[üu](?:ß|ss)e?(?: aus [\p{L} ]{2,30})?|mfg|vg|lg|saludos(?: cordiales)?|(?:reciba )?un (?:cordial )?saludo|atentamente|(?:muchas )?gracias|(?:cordiali |distinti )?saluti|un saluto|grazie(?: mille)?|cordialmente|cordiais saudações|(?:com )?(?:os )?(?:melhores )?cumprimentos|atenciosamente|abraços?|(?:un )?abrazos?|(?:grazie e )?a presto|obrigad[oa]|atte?\.?|sds|abs|bjs|[aà]\+)(?:[\s,.!]*|,\s*[\p{Lu}][\p{L}'’-]{1,20}\.?)$/iu;

export const DELIMITER = /^(?:--\s?|-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—)$/;

/**
 * Greeting lines open a message; a block that starts with one is a message, not a signature.
 * Words that are also first names ("Cara", "Liebe") greet only when a comma or colon follows.
 */
export const GREETING =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|hallo|guten (?:tag|morgen)|sehr geehrte[rs]?|hola|estimad[oa]s?|buen(?:os|as) (?:d[ií]as|tardes)|ciao|buongiorno|buonasera|gentile|egregio|ol[áa]|bom dia|boa tarde|prezad[oa]s?)\b(?!@)|(?:salut|madame|monsieur|exm[oa]s?\.?|liebe[rs]?|car[oa]s?|querid[oa]s?)\b[^,:]{0,40}[,:]\s*$)/iu;

/** Nouns that say what a person does: a line holding one is (part of) a job title. */
export const ROLE_WORDS =
  /(?:^|[^\p{L}])(?:Sub|Vice|Sous|Co)?-?(?:CEO|CTO|CFO|COO|CMO|CIO|CRO|CPO|CHRO|V\.?P|SVP|EVP|AVP|GM|MD|Chief|Pr[eé]sident|Vice|Dir(?:e(?:ct|tt?)(?:or|eur|rice)|\.)|Head|Manag(?:er|ing)|Mgr|Direktor|Lead(?:er)?|Founder|Owner|Proprietor|Proprietress|Partner|Principal|Engineer|Developer|Architect|Consultant|Advis[oe]r|Analyst|Specialist|Coord[ei]nador|Officer|Exec(?:utive|\.)|Representative|Representant|Rep\b|Assoc(?:i(?:at|[ée])|\.)|As?sist[ae]nt|Asst|A[dm]ministra[dt]or|Admin|Designer|Scientist|Researcher|Professor|Lecturer|Teacher|Attorney|Lawyer|Counsel|Paralegal|Accountant|Co(?:n|mp)troller|Treasurer|Secretary|Recruiter|Buyer|Land(?:man|woman)|Underwriter|Actuary|Appraiser|Adjuster|Estimator|Surveyor|Inspector|Dispatcher|Chemist|Programmer|Writer|Journalist|Realtor|Banker|Instructor|Trainer|Trader|Marketer|Economist|Scheduler|Planner|Supervisor|Superintendent|Foreman|Broker|Agent|Editor|Producer|Strategist|Chair(?:man|woman|person)?|Member|Fellow|Intern|Clerk|Nurse|Surgeon|Pharmacist|Dean\b|Provost|Responsabi?le|G[ée]r[ae]nt|Ing[ée]nieur|Chef|Charg[ée]|Adjoint|Comm?ercial|Conseill(?:er|ère)|Acheteu(?:r|se)|Comptable|Avocat|Gesch[äa]ftsf[üu]hr\p{L}*|Leiter|Leitung|Vorstand|Vorsitzende[r]?|Inhaber|Berater|Referent|Sachbearbeiter|Einkäufer|Prokurist|Gr[üu]nder|Mitarbeiter|Jef[ea]|Encargad|Ejecutiv|As?ses?sor|S[óo]ci|Fundador|Comprador|Ingenier|Abogad|Advogad|Titolar|Consulent|Ingegner|Avvocat|Addett|Gestor|Consultor|Analista|Engenheir|Vendedor|Especialista|Tesorer|Se[cg]retari|T[ée]cnic|Delegad|D[ée]l[ée]gu[ée]|Techniker|Auxiliar|Impiegat|Auditor|Contador|Propriet\p{L}*|Re[ck]tor|Rettore|Reitor|Dirigent|Investigador|Tradu[ct]{1,2}\p{L}*|[ÜU]bersetzer|\p{L}*[Dd]ekan|\p{L}+meister|\p{L}*[äa]rzt|Fisioterapist|Dentist|[\p{L}]{3,}at(?:or|eur|rice)|[\p{L}]+(?:ologist|ologue|ologe|ici(?:an|st)|icien|icienne|writer|gra(?:ph|f)(?:er|e|o|a|in)?)|[\p{L}]+(?:leiter|f[üu]hrer|berater|referent|ingenieur|direktor|beauftragte|verantwortliche|sachbearbeiter)r?)(?:in|f?[aeo])?(?![\p{L}])/iu;

/** Functions that qualify a role ("Sales", "Einkauf"): title words, and department words too. */
export const FUNCTION_WORDS =
  /(?:^|[^\p{L}])(?:Sales|Marketing|Accounts?|Operations|Procurement|Purchasing|Supply|Business|Development|Engineering|Strategy|Human|Resources|HR|IT|Legal|Compliance|Risk|Trading|Structur\p{L}*|Originat\p{L}*|Investor|Relations|Communications|Customer|Success|Support|Facilities|Planning|Research|Technology|Global|Regional|Senior|Junior|[SJ]r\.?|Deputy|Interim|Executive|Achats|Ventes|Export\p{L}*|Vertrieb|Einkauf|Verkauf|Personal|Compras|Ventas|Acquisti|Vendite|Vendas|Recursos|Humanos|Risorse|Umane|Finan\p{L}*|Produ[ckz]\p{L}*|Qualit\p{L}*|Qualidade|Calidad|Log[íi]sti\p{L}*|A[dm]ministra\p{L}*)(?![\p{L}])/iu;

/** A line naming a part of an organisation rather than the organisation itself. */
export const DEPARTMENT = /(?:^|[^\p{L}])(?:Division|Department|Dept\.?|Team|Unit|Desk|Section|Group Office|Office of|Klinik für|Affairs|Abteilung|Bereich|Fachbereich|D[ée]partement|Service|Direction|P[ôo]le|Departamento|Divisi[óo]n|Área|Dipartimento|Divisione|Ufficio|Reparto|Divis[ãa]o|Setor|Sector)(?![\p{L}])/iu;

export const COMPANY_SUFFIX =
  /(?:^|[^\p{L}])(?:[Ii]nc(?:orporated)?|L\.?L\.?C|Ltd|Limited|Corp(?:oration)?|Co|Compa(?:ny|gni[ea]|ñía|nhia)|g?GmbH|AG|KG(?:aA)?|OHG|e\.\s?[VK]|eG|SE|SA(?:SU?)?|SARL|EURL|SCOP|S\.[AL]|SL|S\.p\.A|SpA|S\.r\.l|Srl|[Ss]\.[na]\.[cs]|Ltda|Lda|EIRELI|C\.\s?V|L?LP|L\.\s?L?\.?\s?P\.?|P\.\s?[CA]\.(?=\s*$)|PLLC|PLC|B\.?V|N\.?V|Oy|AB|AS|A\/S|ApS|Pty|Gr(?:oupe?|upp[eo]|upo)|Holdings?|Partners|Associates|Solutions|Technologies|Systems?|Labs|Consult(?:ing|ants)|Advis[eo]rs|Industries|International|Enterprises|Ventures|Capital|Ban(?:k|que|co)|Co-?op(?:[ée]rativ[ae])?|Genossenschaft|Universi\p{L}*|College|School|[ÉE]cole|In?stitut\p{L}*|H[oô]spital|Krankenhaus|[CK]l[ií]ni(?:cs?|cas?|ques?|k(?:en|um|a)?)|Fou?ndation|Funda[cç]\p{L}*|Fondazione|Stiftung|As?socia(?:tion|ci[óo]n|zione|[çc][ãa]o)|Verband|Verein|Ag[eê]n[cz]\p{L}*|Agentur|Council|Minist(?:ry|[èe]re|erium)|Municipality|Mairie|C[âa]mara Municipal|Ayuntamiento|Comune|Prefeitura|Academ\p{L}*|Akademie|Accademia|Col[eé]gio|Colegio|Coll[eè]ge|Garage|Constru(?:cciones|ções|ctora)|Hermanos|Irmãos|Fratelli|Panificio|Papelaria|\p{L}*[Pp]raxis|Stadtwerke|Soci(?:[ée]t|edad)\p{L}*|Ing\.|Cabinet|Kanzlei|Bufete|Studio|Escrit[óo]rio|Atelier|Werke?|Fabrik|Photography|Designs?|Librar(?:y|ies)|Bibliot(?:h[eè]k|h[eè]que|eca)|Muse(?:um|o|u)|Mus[ée]e|Media|Creative|Events|Catering|Bakery|Coaching|Realty|Properties|Construction|Plumbing|Builders|Salon|Fitness|Restaurant|Farms?|Brewery|Motors|\p{Lu}\p{L}*['’]s)(?![\p{L}])\.?/u;

/** Degrees, credentials and honours after a name, which are not part of it ("Jr." and "III" are). */
export const NAME_SUFFIX = /(?:,?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|[MB]\.?S[cN]?\.?|FRSA|FRS|RIBA|[MF]?RICS|FCA|ACA|ACCA|CIMA|F?CIPS|MCIPS|CEng|OBE|MBE|CBE|QC|KC|CPA|CFA|CFP|PMP|P\.\s?E\.?|P\.\s?Eng\.?|Esq\.?|RN|NP|PA-C|D\.?D\.?S\.?|D\.?M\.?D\.?|D\.?V\.?M\.?|J\.?D\.?|LL\.?M\.?|Pharm\.?\s?D\.?|Ed\.?\s?D\.?|MPH|MSW|[AF]CII|[MF]CIOB|M\.?\s?Ed\.?|LCSW|FACS|CISSP|SPHR|C\.?P\.?C\.?|Dipl\.-Ing\.?))+$/i;

/** Lowercase words inside names: "Jean de la Fontaine", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'delle', 'di', 'du', 'des', 'la', 'las', 'los', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'y', 'e', 'i', 'bin', 'al', 'el', "d'", 'dei']);

/**
 * Honorifics and academic or professional titles before a name, dropped from it; several may stand
 * in a row ("Prof. Dr.", "Dott. Ing.", "Dipl.-Ing."): "Me" is a French lawyer, "Lic." a Spanish graduate.
 */
export const HONORIFIC =
  /^(?:i\.\s?[AV]|ppa|PD|Sig(?:\.ra|ra)?|Dout(?:or|ora)|Ihre?|[Dd]ott(?:\.ssa)?|[Dd]r\.ssa|[Ii]ng|[Aa]vv|[Aa]rch|[Pp]rof(?:\.ssa|a|\.?ª)?|D|Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Drs|Pr|M|MM|Mme|Mlle|Me|Herr|Frau|Sr|Sra|Srta|D\.ª|Dña|Lic|Licda|Mtr[oa]|Inga|Arq|Geom|Rag|Eng|Eng\.[ºª]|Mag|Mg|Ir|DI|Agr|(?:Dipl|Dr)\.-(?:Ing|Kfm|Kffr|Inf|Psych)|med|rer\.\s?(?:nat|pol|oec|soc)|phil|jur|habil|dent|vet|oec|pol|techn)(?:\.\s*|\s+)(?=\p{Lu}|(?:med|rer|phil|jur|habil|dent|vet|oec|pol|techn)\.)/u;

/** Common short forms that are not the start of the name they stand for, by name ("Bob" for Robert, "Zé" for José). */
const SHORT_FORMS =
  'robert:bob bobby robbie|william:bill billy will|james:jim jimmy jamie|michael:mike mick|thomas:tom tommy|richard:dick rick|david:dave|andrew:andy drew|charles:chuck charlie|edward:ted eddie|augustin augustus gustav gustavo:gus|harold henry:hal hank|katherine catherine kathleen:kate katie kathy|elizabeth:liz beth betty|margaret:maggie meg peg peggy|susan suzanne:sue|anthony antonio:tony|joseph:joe joey|lawrence:larry|reginald:reggie|josé:zé pepe';

/** True when `short` is `full`, its start ("Chris" of Christopher), or a short form of it ("Reggie" of Reginald). */
export function isShortFor(short: string, full: string): boolean {
  const [a, b] = [short.toLowerCase(), full.toLowerCase()];
  if (a === b || (a.length >= 3 && b.startsWith(a))) return true;
  return SHORT_FORMS.split('|').some((group) => {
    const [names, forms] = group.split(':') as [string, string];
    return names.split(' ').includes(b) && forms.split(' ').includes(a);
  });
}
