/**
 * The words people type for each need, beside its label in the nine
 * languages (which the index reads from the orientation strings): names of
 * services and documents ("carte vitale", "APL", "CAF"), everyday verbs
 * ("imprimer"), and the same in the languages of the people Boussole serves.
 * Search vocabulary, not interface text: it is never shown.
 */
export const NEED_WORDS: Readonly<Record<string, readonly string[]>> = {
  demarches: [
    'démarche', 'démarches administratives', 'papiers', 'formulaire', 'dossier', 'administration', 'service public', 'retraite', 'MSA',
    'France Services', 'administrative procedure', 'paperwork', 'forms', 'إجراءات إدارية', 'أوراق', 'документи', 'адміністративні справи',
    'کارهای اداری', 'اسناد', 'acte administrative', 'documentos', 'trámites', 'papeles',
  ],
  caf: [
    'CAF', 'allocations familiales', 'APL', 'aide au logement', 'RSA', "prime d'activité", 'allocation', 'AAH', 'caf.fr', 'MSA',
    'housing benefit', 'family allowance', 'منحة السكن', 'المنح العائلية', 'допомога на житло', 'сімейна допомога',
    'کمک مسکن', 'کمک‌هزینهٔ خانواده', 'alocație', 'ajutor pentru locuință', 'abono de família', 'subsídio de habitação', 'ayuda a la vivienda', 'prestaciones familiares',
  ],
  impots: [
    'impôts', 'impot', 'déclaration de revenus', 'impots.gouv', 'numéro fiscal', 'avis d\'impôt', 'taxe foncière', 'taxe', 'prélèvement à la source',
    'taxes', 'tax return', 'income tax', 'الضرائب', 'التصريح بالمداخيل', 'податки', 'податкова декларація', 'مالیات', 'اظهار درآمد',
    'impozite', 'declarație de venit', 'impostos', 'declaração de rendimentos', 'impuestos', 'declaración de la renta', 'hacienda',
  ],
  ants: [
    'ANTS', "carte d'identité", 'passeport', 'permis de conduire', 'permis', 'carte grise', 'titre de séjour', 'ANEF', 'immatriculation', 'code de la route',
    'identity card', 'passport', 'driving licence', 'residence permit', 'بطاقة التعريف', 'جواز السفر', 'رخصة السياقة', 'بطاقة الإقامة',
    'посвідчення особи', 'паспорт', 'водійське посвідчення', 'посвідка на проживання', 'تذکره', 'پاسپورت', 'لایسنس رانندگی', 'کارت اقامت',
    'carte de identitate', 'pașaport', 'permis auto', 'cartão de cidadão', 'passaporte', 'carta de condução', 'DNI', 'pasaporte', 'carné de conducir',
  ],
  'france-travail': [
    'France Travail', 'Pôle emploi', 'chômage', 'actualisation', 'allocation chômage', 'demandeur d\'emploi', 'inscription',
    'unemployment', 'jobseeker', 'البطالة', 'منحة البطالة', 'безробіття', 'біржа праці', 'بیکاری', 'șomaj', 'desemprego', 'paro', 'desempleo',
  ],
  ameli: [
    'Ameli', 'carte vitale', 'sécurité sociale', 'assurance maladie', 'CPAM', 'santé', 'mutuelle', 'C2S', 'complémentaire santé', 'remboursement',
    'médecin traitant', 'Mon espace santé', 'attestation de droits', 'health insurance', 'health card', 'social security', 'doctor',
    'الضمان الاجتماعي', 'بطاقة فيتال', 'التأمين الصحي', 'الصحة', 'медичне страхування', 'картка Віталь', 'соціальне страхування', 'здоров’я',
    'بیمهٔ صحی', 'کارت ویتال', 'صحت', 'asigurare de sănătate', 'sănătate', 'seguro de saúde', 'saúde', 'seguro médico', 'tarjeta sanitaria', 'salud',
  ],
  'imprimer-scanner': [
    'imprimer', 'impression', 'imprimante', 'scanner', 'scanne', 'photocopie', 'photocopier', 'numériser', 'copie',
    'print', 'printer', 'scan', 'photocopy', 'طباعة', 'نسخ', 'مسح ضوئي', 'друк', 'надрукувати', 'сканувати', 'ксерокопія',
    'چاپ', 'پرینت', 'اسکن', 'fotocopie', 'imprimare', 'scanare', 'imprimir', 'digitalizar', 'fotocópia', 'escanear', 'fotocopia',
  ],
  'wifi-gratuit': [
    'wifi', 'wi-fi', 'internet gratuit', 'connexion', 'réseau', 'free wifi', 'internet access', 'واي فاي', 'إنترنت مجاني', 'вайфай', 'безкоштовний інтернет',
    'وای فای', 'انترنت رایگان', 'internet gratuit', 'internet grátis', 'internet gratis',
  ],
  'ordinateur-libre': [
    'ordinateur', 'PC', 'poste informatique', 'accès internet', 'computer', 'حاسوب', 'كمبيوتر', "комп'ютер", 'کمپیوتر', 'calculator', 'computador', 'ordenador',
  ],
  smartphone: [
    'téléphone', 'smartphone', 'portable', 'tablette', 'application', 'appli', 'phone', 'mobile', 'tablet', 'app', 'هاتف', 'تطبيق', 'телефон', 'смартфон', 'застосунок',
    'موبایل', 'تلفون', 'اپلیکیشن', 'telefon', 'aplicație', 'telemóvel', 'aplicação', 'teléfono', 'móvil', 'aplicación',
  ],
  email: [
    'mail', 'e-mail', 'email', 'courriel', 'messagerie', 'adresse mail', 'gmail', 'البريد الإلكتروني', 'електронна пошта', 'імейл', 'ایمیل',
    'poștă electronică', 'correio eletrónico', 'correo electrónico',
  ],
  'cv-emploi': [
    'CV', 'curriculum', 'emploi', 'travail', 'job', 'candidature', 'lettre de motivation', 'offre d\'emploi', 'work', 'resume', 'cover letter',
    'السيرة الذاتية', 'عمل', 'وظيفة', 'резюме', 'робота', 'вакансія', 'سی‌وی', 'کار', 'وظیفه', 'loc de muncă', 'currículo', 'emprego', 'trabajo', 'empleo',
  ],
  'ordinateur-pas-cher': [
    'ordinateur pas cher', 'reconditionné', 'acheter un ordinateur', 'ordinateur d\'occasion', 'cheap computer', 'refurbished', 'حاسوب رخيص',
    'дешевий комп’ютер', 'کمپیوتر ارزان', 'calculator ieftin', 'computador barato', 'ordenador barato',
  ],
  'fabriquer-reparer': [
    'réparer', 'réparation', 'fablab', 'imprimante 3D', 'fabriquer', 'repair café', 'repair', 'make', '3D printer', 'إصلاح', 'ремонт', 'تعمیر', 'reparație', 'reparar',
  ],
  securite: [
    'arnaque', 'fraude', 'piratage', 'mot de passe', 'virus', 'sécurité', 'hameçonnage', 'phishing', 'scam', 'password', 'احتيال', 'كلمة السر',
    'шахрайство', 'пароль', 'کلاهبرداری', 'رمز', 'înșelătorie', 'parolă', 'burla', 'fraude', 'contraseña', 'estafa',
  ],
  parentalite: [
    'enfants', 'parents', 'école', 'ENT', 'Pronote', 'écrans', 'children', 'school', 'أطفال', 'مدرسة', 'діти', 'школа', 'اطفال', 'مکتب', 'copii', 'școală', 'filhos', 'escola', 'hijos', 'escuela',
  ],
  'outils-quotidien': ['débuter', 'apprendre', 'initiation', 'bases', 'beginner', 'learn', 'تعلم', 'навчитися', 'یادگیری', 'a învăța', 'aprender'],
  'insertion-pro': ['formation', 'insertion', 'métier', 'training', 'تكوين', 'навчання', 'آموزش', 'formare', 'formação', 'formación'],
  'loisirs-creation': ['photo', 'vidéo', 'jeux', 'musique', 'création', 'games', 'صور', 'фото', 'عکس', 'fotografie', 'fotografia', 'foto'],
  'comprendre-numerique': ['comprendre', 'numérique', 'intelligence artificielle', 'IA', 'réseaux sociaux', 'digital', 'الرقمي', 'цифровий', 'دیجیتال'],
  'acces-internet-materiel': ['internet', 'matériel', 'équipement', 'equipment', 'إنترنت', 'інтернет', 'انترنت'],
  'materiel-solidaire': ['solidaire', 'prix solidaire', 'don d\'ordinateur', 'Emmaüs Connect', 'donation', 'تضامني', 'солідарна ціна', 'ارزان'],
};
