// The words a signature is read by, in English, French, German, Spanish, Italian and Portuguese:
// what a role, a department, an organisation and a closing line look like. Shared by the zoning
// (signature.ts) and the field reading (signature-fields.ts).

/** Closing lines: the signature starts at them ("Best regards," / "Cordialement," / "Grüße"). */
export const VALEDICTION =
  /^(?:love|xo|hugs|(?:best|kind|warm|warmest|many|with|all the|my)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best|respectfully|yours(?: truly| sincerely)?|rgds|greetings)(?: from [\p{L} ]{2,30})?|thx|thanks(?: again| so much| a lot| in advance)?|thank you(?: very much| so much| in advance)?|talk soon|take care|have a (?:nice|good|great|lovely) (?:day|weekend|evening|one)|(?:sch[öo]nen|sch[öo]nes) (?:tag|abend|wochenende)|buen d[ií]a|buona giornata|buona serata|bom trabalho|cordialement|bien (?:à vous|cordialement)|(?:sinc[eè]res |meilleures )?salutations(?: distinguées)?|merci(?: beaucoup| d'avance| par avance)?|bonne (?:journée|soirée)|[àa] bient[ôo]t|(?:mit )?(?:freundlichen|besten|herzlichen|vielen|liebe|sonnigen) (?:gr[üu](?:ß|ss)en|dank)|(?:viele |beste |liebe |herzliche )?gr[üu](?:ß|ss)e(?: aus [\p{L} ]{2,30})?|mfg|vg|lg|saludos(?: cordiales)?|un (?:cordial )?saludo|atentamente|muchas gracias|gracias|cordiali saluti|distinti saluti|saluti|un saluto|grazie(?: mille)?|cordialmente|cordiais saudações|atenciosamente|abraços?|obrigad[oa]|atte?\.?|sds)(?:[\s,.!]*|,\s*[\p{Lu}][\p{L}'’-]{1,20}\.?)$/iu;

export const DELIMITER = /^(?:--\s?|-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—)$/;

/**
 * Greeting lines open a message; a block that starts with one is a message, not a signature.
 * Words that are also first names ("Cara", "Liebe") greet only when a comma or colon follows.
 */
export const GREETING =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|hallo|guten (?:tag|morgen)|sehr geehrte[rs]?|hola|estimad[oa]s?|buen(?:os|as) (?:d[ií]as|tardes)|ciao|buongiorno|buonasera|gentile|egregio|ol[áa]|bom dia|boa tarde|prezad[oa]s?)\b|(?:salut|madame|monsieur|liebe[rs]?|car[oa]s?|querid[oa]s?)\b[^,:]{0,40}[,:]\s*$)/iu;

/** Nouns that say what a person does: a line holding one is (part of) a job title. */
export const ROLE_WORDS =
  /(?:^|[^\p{L}])(?:Sub-?|Vice-?|Sous-|Co-)?(?:CEO|CTO|CFO|COO|CMO|CIO|CRO|CPO|CHRO|VP|SVP|EVP|AVP|GM|MD|Chief|President|Presidente|Président|Vice|Director|Directora|Head|Manager(?:in)?|Managing|Direktor(?:in)?|Mgr|Lead|Leader|Founder|Co-?founder|Owner|Partner|Principal|Engineer|Developer|Architect|Consultant|Advisor|Adviser|Analyst|Specialist|Coordinator|Officer|Executive|Representative|Rep|Associate|Assistant|Administrator|Admin|Designer|Scientist|Researcher|Professor|Lecturer|Teacher|Attorney|Lawyer|Counsel|Paralegal|Accountant|Controller|Comptroller|Treasurer|Secretary|Recruiter|Buyer|Trader|Scheduler|Planner|Supervisor|Superintendent|Foreman|Broker|Agent|Editor|Producer|Strategist|Chair|Chairman|Chairwoman|Chairperson|Member|Fellow|Intern|Clerk|Technician|Nurse|Physician|Surgeon|Pharmacist|Dean|Provost|Directeur|Directrice|Responsable|G[ée]rant(?:e)?|Ing[ée]nieur(?:e)?|Chef|Charg[ée]e?|Adjoint(?:e)?|Commercial(?:e)?|Conseill(?:er|ère)|Acheteu(?:r|se)|Assistante?|Comptable|Avocat(?:e)?|Fondat(?:eur|rice)|Associ[ée]e?|Gesch[äa]ftsf[üu]hr(?:er|erin|ung)|Leiter(?:in)?|Leitung|Vorstand|Vorsitzende[r]?|Inhaber(?:in)?|Berater(?:in)?|Referent(?:in)?|Sachbearbeiter(?:in)?|Einkäufer(?:in)?|Prokurist(?:in)?|Gr[üu]nder(?:in)?|Mitarbeiter(?:in)?|Projektleiter(?:in)?|Gerente|Jef[ea]|Director(?:a)?|Encargad[oa]|Ejecutiv[oa]|Asesor(?:a)?|Socio|Socia|Fundador(?:a)?|Comprador(?:a)?|Ingenier[oa]|Abogad[oa]|Direttore|Direttrice|Amministratore|Responsabile|Titolare|Consulente|Ingegnere|Avvocato|Fondatore|Addett[oa]|Diretor(?:a)?|S[óo]ci[oa]|Coordenador(?:a)?|Coordinador(?:a)?|Coordinatore|Coordinatrice|Gestor(?:a)?|Consultor(?:a)?|Analista|Engenheir[oa]|Advogad[oa]|Comercial|Vendedor(?:a)?|Especialista|Administrador(?:a)?|Tesorer[oa]|Secretari[oa]|Segretari[oa]|T[ée]cnic[oa]|Delegad[oa]|D[ée]l[ée]gu[ée]e?|Supervisora|Representante|Asistente|Assistente|Assistent(?:in)?|Techniker(?:in)?|Agente|Auxiliar|Chefe|Impiegat[oa]|Collaborat(?:eur|rice)|Auditor(?:a)?|[\p{L}]+(?:ologist|ologue|ologe|ician|icien|icienne|graph(?:er|e))|[\p{L}]+(?:leiter|f[üu]hrer|berater|referent|ingenieur|direktor|beauftragte|verantwortliche|sachbearbeiter)(?:in|r)?)(?![\p{L}])/iu;

/** Functions that qualify a role ("Sales", "Einkauf"): title words, and department words too. */
export const FUNCTION_WORDS =
  /(?:^|[^\p{L}])(?:Sales|Marketing|Account|Accounts|Operations|Procurement|Purchasing|Finance|Financial|Supply|Logistics|Business|Development|Product|Engineering|Strategy|Human|Resources|HR|IT|Legal|Compliance|Risk|Trading|Investor|Relations|Communications|Customer|Success|Support|Quality|Facilities|Planning|Research|Technology|Global|Regional|Senior|Junior|Sr\.?|Jr\.?|Deputy|Interim|Executive|Achats|Ventes|Exportation|Export|Vertrieb|Einkauf|Verkauf|Personal|Compras|Ventas|Acquisti|Vendite|Compras|Vendas|Recursos|Humanos|Risorse|Umane|Sourcing|Strategic|Finan(?:ce|zen|zas|za|ças|ces)|Innendienst|Au(?:ß|ss)endienst|Produ(?:ction|cción|zione|ção|ktion)|Calidad|Qualit(?:é|à|ät)|Qualidade|Log[íi]stica|Logistique|Amministrazione|Administraci[óo]n|Administra[çc][ãa]o)(?![\p{L}])/iu;

/** A line naming a part of an organisation rather than the organisation itself. */
export const DEPARTMENT = /(?:^|[^\p{L}])(?:Division|Department|Dept\.?|Team|Unit|Desk|Group Office|Office of|Abteilung|Bereich|Fachbereich|D[ée]partement|Service|Direction|P[ôo]le|Departamento|Divisi[óo]n|Área|Dipartimento|Divisione|Ufficio|Reparto|Divis[ãa]o|Setor|Sector)(?![\p{L}])/iu;

export const COMPANY_SUFFIX =
  /(?:^|[^\p{L}])(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|gGmbH|AG|KG|KGaA|OHG|e\.\s?V|e\.\s?K|SE|SA|SAS|SASU|SARL|EURL|SCOP|S\.A|S\.L|SL|S\.L\.U|S\.p\.A|SpA|S\.r\.l|Srl|S\.n\.c|Ltda|Lda|EIRELI|C\.\s?V|LLP|LP|PLC|BV|B\.V|NV|N\.V|Oy|AB|AS|A\/S|ApS|Pty|Group|Groupe|Gruppe|Gruppo|Grupo|Holding|Holdings|Partners|Associates|Solutions|Technologies|Systems|Labs|Consulting|Consultants|Advisors|Advisers|Industries|International|Enterprises|Ventures|Capital|Bank|Banque|Banco|Cooperative|Coop|Co-op|Coopérative|Cooperativa|Genossenschaft|University|Universit[ée]|Universit[äà]t|Universidad|Universit[àa]|Universidade|College|School|[ÉE]cole|Institute|Institut|Instituto|Istituto|Hospital|Hôpital|Krankenhaus|Klinikum|Clinic|Clinique|Cl[íi]nica|Klinik|Ayuntamiento|Prefeitura|Comune|Gemeinde|Gobierno|Governo|Generalitat|Diputaci[óo]n|Foundation|Fondation|Stiftung|Fundaci[óo]n|Fondazione|Funda[çc][ãa]o|Association|Verband|Verein|Asociaci[óo]n|Associazione|Associa[çc][ãa]o|Agency|Agence|Agentur|Agencia|Agenzia|Ag[êe]ncia|Council|Ministry|Minist[èe]re|Ministerium|Municipality|Mairie|Stadtwerke|Société|Soci[ée]t[àée]|Sociedad|Sociedade|Compagnie|Compañía|Compagnia|Companhia|Ing\.|Cabinet|Kanzlei|Bufete|Studio|Escrit[óo]rio|Atelier|Werke|Werk|Fabrik)(?![\p{L}])\.?/u;

/** Generational suffixes and degrees after a name, which are not part of it. */
export const NAME_SUFFIX = /,?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|M\.?Sc\.?|B\.?Sc\.?|Jr\.?|Sr\.?|II|III|IV|CPA|CFA|PMP|P\.\s?E\.?|P\.\s?Eng\.?|Esq\.?|Dipl\.-Ing\.?)$/i;

/** Lowercase words inside names: "Jean de la Fontaine", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'delle', 'di', 'du', 'des', 'la', 'las', 'los', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'y', 'e', 'i', 'bin', 'al', 'el', "d'", 'dei']);

/**
 * Honorifics and academic or professional titles before a name, dropped from it; several may stand
 * in a row ("Prof. Dr.", "Dott. Ing.", "Dipl.-Ing."): "Me" is a French lawyer, "Lic." a Spanish graduate.
 */
export const HONORIFIC =
  /^(?:i\.\s?[AV]|ppa|[Dd]ott(?:\.ssa)?|[Dd]r\.ssa|ing|avv|arch|prof(?:\.ssa)?|Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Drs|Prof|Profa|Prof\.ª|Pr|M|MM|Mme|Mlle|Me|Herr|Frau|Sr|Sra|Srta|D\.ª|Dña|Lic|Licda|Ing|Inga|Arq|Avv|Geom|Rag|Eng|Eng\.[ºª]|Mag|Ir|(?:Dipl|Dr)\.-(?:Ing|Kfm|Kffr|Inf|Psych))(?:\.\s*|\s+)(?=\p{Lu})/u;
