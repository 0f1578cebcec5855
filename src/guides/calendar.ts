/**
 * The year's procedures, month by month, so that people and mediators can
 * anticipate instead of acting « dans l'urgence » (seeds, Chartres C:L670-672:
 * « un calendrier annuel des démarches … permettrait de mieux anticiper »).
 *
 * Dates are generic on purpose: exact dates change every year, so each entry
 * says roughly when and where to find the exact date. An entry whose date
 * depends on the person (a quarterly return, a renewal) lists every month and
 * says so in its text.
 */
import { LANGUAGES } from '../i18n/languages';
import { GUIDE_IDS, NEED_IDS, textProblems, type GuideId, type NeedId, type Text } from './guide';

export interface CalendarEntry {
  id: string;
  /** Months when it happens or must be done, 1 = January; all twelve when the date depends on the person. */
  months: number[];
  title: Text;
  detail: Text;
  /** A guide that helps with it. */
  guide?: GuideId;
  /** The orientation need whose places help with it. */
  need: NeedId;
}

const EVERY_MONTH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const CALENDAR: readonly CalendarEntry[] = [
  {
    id: 'declaration-revenus',
    months: [4, 5, 6],
    need: 'impots',
    guide: 'preparer-rendez-vous',
    title: {
      fr: 'Déclarer ses revenus aux impôts',
      falc: 'Dire aux impôts combien vous avez gagné',
      en: 'Income tax return',
      ar: 'التصريح بالمداخيل للضرائب',
      uk: 'Декларація про доходи',
      fa: 'اظهار درآمد به ادارهٔ مالیات',
      ro: 'Declarația de venit la impozite',
      pt: 'Declaração de rendimentos',
      es: 'Declaración de la renta',
    },
    detail: {
      fr: "Chaque année, d'avril à début juin, même avec peu ou pas de revenus : l'avis d'impôt ouvre des droits (CAF, logement, santé). La date limite sur papier est plus tôt que sur Internet. Les dates exactes sont sur impots.gouv.fr.",
      falc: "Chaque année, au printemps. Même si vous gagnez peu. Le papier des impôts sert pour la CAF et le logement. Les dates sont sur impots.gouv.fr.",
      en: 'Every year, from April to early June, even with little or no income: the tax notice opens rights (CAF benefits, housing, health). The deadline on paper is earlier than online. The exact dates are on impots.gouv.fr.',
      ar: 'كل سنة، من أبريل إلى بداية يونيو، حتى لو كان دخلك قليلًا أو منعدمًا: الإشعار الضريبي يفتح لك حقوقًا (CAF، السكن، الصحة). آخر أجل للتصريح الورقي أبكر من التصريح عبر الإنترنت. التواريخ الدقيقة على impots.gouv.fr.',
      uk: 'Щороку, з квітня до початку червня, навіть якщо доходів мало чи немає: податкове повідомлення відкриває право на допомоги (CAF, житло, здоров’я). Паперову декларацію треба подати раніше, ніж онлайн. Точні дати — на impots.gouv.fr.',
      fa: 'هر سال، از اپریل تا اوایل جون، حتی اگر درآمد کم یا هیچ ندارید: اطلاعیهٔ مالیات حق‌هایی برای شما باز می‌کند (CAF، مسکن، صحت). مهلت اظهار روی کاغذ زودتر از انترنت تمام می‌شود. تاریخ‌های دقیق در impots.gouv.fr است.',
      ro: 'În fiecare an, din aprilie până la începutul lui iunie, chiar dacă aveți venituri mici sau deloc: avizul de impozit vă deschide drepturi (CAF, locuință, sănătate). Termenul pe hârtie este mai devreme decât pe internet. Datele exacte sunt pe impots.gouv.fr.',
      pt: 'Todos os anos, de abril ao início de junho, mesmo com poucos ou nenhuns rendimentos: a nota de imposto dá acesso a direitos (CAF, habitação, saúde). O prazo em papel termina mais cedo do que pela Internet. As datas exatas estão em impots.gouv.fr.',
      es: 'Cada año, de abril a principios de junio, aunque tenga pocos ingresos o ninguno: la notificación de impuestos abre derechos (CAF, vivienda, salud). El plazo en papel termina antes que por Internet. Las fechas exactas están en impots.gouv.fr.',
    },
  },
  {
    id: 'avis-impot',
    months: [7, 8, 9],
    need: 'impots',
    title: {
      fr: "Recevoir son avis d'impôt",
      falc: 'Le papier des impôts arrive',
      en: 'Your tax notice arrives',
      ar: 'وصول الإشعار الضريبي',
      uk: 'Податкове повідомлення',
      fa: 'رسیدن اطلاعیهٔ مالیات',
      ro: 'Primirea avizului de impozit',
      pt: 'Receber a nota de imposto',
      es: 'Recibir la notificación de impuestos',
    },
    detail: {
      fr: "Entre fin juillet et début septembre, l'avis d'impôt sur le revenu arrive dans votre espace impots.gouv.fr ou par courrier. Gardez-le : la CAF, le logement social ou la cantine le demandent.",
      falc: 'Il arrive en été. Gardez-le bien. La CAF et le logement social le demandent.',
      en: 'Between late July and early September, your income tax notice arrives in your impots.gouv.fr account or by post. Keep it: the CAF, social housing or the school canteen ask for it.',
      ar: 'بين أواخر يوليو وبداية سبتمبر يصل إشعار ضريبة الدخل إلى حسابك في impots.gouv.fr أو بالبريد. احتفظ به: تطلبه CAF والسكن الاجتماعي ومطعم المدرسة.',
      uk: 'З кінця липня до початку вересня податкове повідомлення приходить у ваш кабінет на impots.gouv.fr або поштою. Збережіть його: його просять CAF, соціальне житло чи шкільна їдальня.',
      fa: 'بین آخر جولای و اوایل سپتمبر، اطلاعیهٔ مالیات بر درآمد در حساب impots.gouv.fr شما یا با پست می‌رسد. آن را نگه دارید: CAF، مسکن اجتماعی یا غذاخانهٔ مکتب آن را می‌خواهند.',
      ro: 'Între sfârșitul lui iulie și începutul lui septembrie, avizul de impozit pe venit ajunge în contul de pe impots.gouv.fr sau prin poștă. Păstrați-l: CAF, locuințele sociale sau cantina școlii îl cer.',
      pt: 'Entre o fim de julho e o início de setembro, a nota do imposto sobre o rendimento chega à sua área em impots.gouv.fr ou pelo correio. Guarde-a: a CAF, a habitação social ou a cantina da escola pedem-na.',
      es: 'Entre finales de julio y principios de septiembre, la notificación del impuesto sobre la renta llega a su espacio en impots.gouv.fr o por correo. Guárdela: la CAF, la vivienda social o el comedor escolar la piden.',
    },
  },
  {
    id: 'taxe-fonciere',
    months: [9, 10],
    need: 'impots',
    title: {
      fr: 'Taxe foncière (propriétaires)',
      falc: 'Taxe foncière : pour les propriétaires',
      en: 'Property tax (taxe foncière, for owners)',
      ar: 'الضريبة العقارية (taxe foncière، للمالكين)',
      uk: 'Податок на нерухомість (taxe foncière, для власників)',
      fa: 'مالیات ملکی (taxe foncière، برای مالکان)',
      ro: 'Impozitul pe proprietate (taxe foncière, pentru proprietari)',
      pt: 'Imposto sobre imóveis (taxe foncière, para proprietários)',
      es: 'Impuesto sobre bienes inmuebles (taxe foncière, para propietarios)',
    },
    detail: {
      fr: "Si vous êtes propriétaire, l'avis arrive fin août ou en septembre. Il faut en général payer vers la mi-octobre, un peu plus tard si vous payez en ligne. Le prélèvement mensuel évite de tout payer d'un coup.",
      falc: 'Vous avez une maison ou un appartement ? Vous payez cette taxe en automne. Vous pouvez payer un peu chaque mois.',
      en: 'If you own your home, the notice arrives in late August or September. Payment is usually due around mid-October, a little later if you pay online. Monthly direct debit avoids paying everything at once.',
      ar: 'إذا كنت مالكًا لمسكنك، يصل الإشعار في أواخر أغسطس أو في سبتمبر. يجب الدفع عادةً في منتصف أكتوبر تقريبًا، وبعد ذلك بقليل إذا دفعت عبر الإنترنت. الاقتطاع الشهري يجنّبك دفع المبلغ كله مرة واحدة.',
      uk: 'Якщо житло ваше власне, повідомлення приходить наприкінці серпня або у вересні. Сплатити зазвичай треба приблизно до середини жовтня, трохи пізніше — якщо онлайн. Щомісячне списання дозволяє не платити все одразу.',
      fa: 'اگر خانه از خود شماست، اطلاعیه آخر اگست یا در سپتمبر می‌رسد. پرداخت معمولاً حدود نیمهٔ اکتوبر است، اگر آنلاین بپردازید کمی دیرتر. با پرداخت ماهانه لازم نیست همه را یکجا بپردازید.',
      ro: 'Dacă sunteți proprietar, avizul sosește la sfârșitul lui august sau în septembrie. Plata se face de obicei pe la jumătatea lui octombrie, puțin mai târziu dacă plătiți online. Plata lunară prin debit direct vă scutește să plătiți totul deodată.',
      pt: 'Se é proprietário, a nota chega no fim de agosto ou em setembro. O pagamento é normalmente por volta de meados de outubro, um pouco mais tarde se pagar pela Internet. O débito mensal evita pagar tudo de uma vez.',
      es: 'Si es propietario, la notificación llega a finales de agosto o en septiembre. Suele pagarse hacia mediados de octubre, un poco más tarde si paga por Internet. La domiciliación mensual evita pagarlo todo de golpe.',
    },
  },
  {
    id: 'declaration-trimestrielle',
    months: EVERY_MONTH,
    need: 'caf',
    guide: 'franceconnect',
    title: {
      fr: "Déclaration trimestrielle du RSA ou de la prime d'activité",
      falc: "RSA, prime d'activité : la déclaration tous les 3 mois",
      en: "Quarterly return for the RSA or the prime d'activité",
      ar: "التصريح كل ثلاثة أشهر لـ RSA أو prime d'activité",
      uk: "Квартальна декларація для RSA чи prime d'activité",
      fa: "اظهارنامهٔ سه‌ماهه برای RSA یا prime d'activité",
      ro: "Declarația trimestrială pentru RSA sau prime d'activité",
      pt: "Declaração trimestral do RSA ou da prime d'activité",
      es: "Declaración trimestral del RSA o de la prime d'activité",
    },
    detail: {
      fr: "Tous les trois mois, à la date donnée par votre CAF ou votre MSA : elle dépend de chaque personne. Les montants sont souvent déjà remplis : vérifiez-les avant de valider. Sans déclaration, le versement s'arrête.",
      falc: "Tous les 3 mois, dites vos revenus à votre CAF ou MSA. La CAF vous dit la date. Sans déclaration, l'argent s'arrête.",
      en: 'For the RSA (minimum income) and the prime d’activité (top-up for low wages): every three months, on the date your CAF or MSA (farmers’ social security) gives you; it differs for each person. The amounts are often already filled in: check them before confirming. Without this return, payments stop.',
      ar: 'لـ RSA (الحد الأدنى من الدخل) وprime d’activité (منحة لأصحاب الأجور المنخفضة): كل ثلاثة أشهر، في التاريخ الذي تحدده لك CAF أو MSA (الضمان الاجتماعي الفلاحي)، وهو يختلف من شخص لآخر. المبالغ تكون غالبًا معبأة مسبقًا: تحقق منها قبل التأكيد. بدون هذا التصريح يتوقف الدفع.',
      uk: 'Для RSA (мінімальний дохід) і prime d’activité (доплата до низької зарплати): кожні три місяці, у день, який вказує ваша CAF або MSA (соціальне страхування аграріїв); для кожного він свій. Суми часто вже заповнені: перевірте їх перед підтвердженням. Без декларації виплати припиняються.',
      fa: 'برای RSA (حداقل درآمد) و prime d’activité (کمک برای معاش کم): هر سه ماه، در تاریخی که CAF یا MSA (بیمهٔ اجتماعی زراعت‌کاران) به شما می‌گوید؛ این تاریخ برای هر کس فرق دارد. مبلغ‌ها اکثراً از پیش پُر شده‌اند: پیش از تأیید آن‌ها را بررسی کنید. بدون این اظهارنامه، پرداخت قطع می‌شود.',
      ro: 'Pentru RSA (venitul minim) și prime d’activité (supliment pentru salarii mici): la fiecare trei luni, la data dată de CAF sau MSA (asigurările sociale agricole); diferă de la o persoană la alta. Sumele sunt adesea deja completate: verificați-le înainte să confirmați. Fără declarație, plata se oprește.',
      pt: 'Para o RSA (rendimento mínimo) e a prime d’activité (complemento para salários baixos): de três em três meses, na data indicada pela sua CAF ou MSA (segurança social agrícola), que depende de cada pessoa. Os montantes vêm muitas vezes já preenchidos: verifique-os antes de validar. Sem declaração, o pagamento para.',
      es: 'Para el RSA (ingreso mínimo) y la prime d’activité (complemento para sueldos bajos): cada tres meses, en la fecha que le indique su CAF o su MSA (seguridad social agraria), que depende de cada persona. Los importes suelen venir ya rellenados: revíselos antes de validar. Sin declaración, el pago se interrumpe.',
    },
  },
  {
    id: 'actualisation-france-travail',
    months: EVERY_MONTH,
    need: 'france-travail',
    title: {
      fr: 'Actualisation mensuelle à France Travail',
      falc: 'Dire chaque mois à France Travail que vous cherchez du travail',
      en: 'Monthly update with France Travail (actualisation)',
      ar: 'التحديث الشهري لدى France Travail (actualisation)',
      uk: 'Щомісячне оновлення у France Travail (actualisation)',
      fa: 'تازه‌سازی ماهانه در France Travail (actualisation)',
      ro: 'Actualizarea lunară la France Travail (actualisation)',
      pt: 'Atualização mensal no France Travail (actualisation)',
      es: 'Actualización mensual en France Travail (actualisation)',
    },
    detail: {
      fr: "Chaque mois, si vous êtes inscrit comme demandeur d'emploi : à faire en fin de mois ou au début du mois suivant, sur francetravail.fr, sur l'application ou par téléphone au 3949. Sans actualisation, l'inscription et les allocations s'arrêtent.",
      falc: "Vous cherchez du travail avec France Travail ? Chaque mois, vous faites l'actualisation. C'est à la fin du mois. Sinon, l'argent s'arrête.",
      en: 'Every month, if you are registered as a jobseeker: do it at the end of the month or early the next month, on francetravail.fr, in the app or by phone on 3949. Without this update, your registration and benefits stop.',
      ar: 'كل شهر، إذا كنت مسجلًا كباحث عن عمل: يتم في آخر الشهر أو بداية الشهر التالي، على francetravail.fr أو في التطبيق أو بالهاتف على الرقم 3949. بدون هذا التحديث يتوقف تسجيلك وتتوقف التعويضات.',
      uk: 'Щомісяця, якщо ви зареєстровані як шукач роботи: наприкінці місяця або на початку наступного, на francetravail.fr, у застосунку чи за телефоном 3949. Без оновлення реєстрація і виплати припиняються.',
      fa: 'هر ماه، اگر به‌عنوان جویای کار ثبت‌نام کرده‌اید: در آخر ماه یا اوایل ماه بعد، در francetravail.fr، در اپلیکیشن یا با تلفون به شمارهٔ 3949. بدون این کار، ثبت‌نام و کمک‌هزینه‌ها قطع می‌شود.',
      ro: 'În fiecare lună, dacă sunteți înscris ca persoană în căutarea unui loc de muncă: la sfârșitul lunii sau la începutul lunii următoare, pe francetravail.fr, în aplicație sau la telefon, la 3949. Fără actualizare, înscrierea și indemnizațiile se opresc.',
      pt: 'Todos os meses, se está inscrito como candidato a emprego: no fim do mês ou no início do mês seguinte, em francetravail.fr, na aplicação ou por telefone pelo 3949. Sem atualização, a inscrição e os subsídios param.',
      es: 'Cada mes, si está inscrito como demandante de empleo: a finales de mes o a principios del siguiente, en francetravail.fr, en la aplicación o por teléfono en el 3949. Sin actualización, la inscripción y las prestaciones se interrumpen.',
    },
  },
  {
    id: 'complementaire-sante-solidaire',
    months: EVERY_MONTH,
    need: 'ameli',
    guide: 'preparer-rendez-vous',
    title: {
      fr: 'Renouveler la Complémentaire santé solidaire (C2S)',
      falc: 'Complémentaire santé solidaire : la demander à nouveau',
      en: 'Renewing the Complémentaire santé solidaire (free or low-cost top-up health cover)',
      ar: 'تجديد Complémentaire santé solidaire (تغطية صحية تكميلية مجانية أو منخفضة التكلفة)',
      uk: 'Поновлення Complémentaire santé solidaire (безкоштовне чи дешеве додаткове медичне страхування)',
      fa: 'تمدید Complémentaire santé solidaire (بیمهٔ صحی تکمیلی رایگان یا ارزان)',
      ro: 'Reînnoirea Complémentaire santé solidaire (asigurare complementară de sănătate gratuită sau ieftină)',
      pt: 'Renovar a Complémentaire santé solidaire (seguro de saúde complementar gratuito ou barato)',
      es: 'Renovar la Complémentaire santé solidaire (seguro médico complementario gratuito o barato)',
    },
    detail: {
      fr: "C'est la mutuelle gratuite ou à petit prix de l'Assurance maladie. Elle dure un an et sa date dépend de chacun : regardez la date de fin sur votre attestation ou sur Ameli, et demandez le renouvellement au moins 2 mois avant. Avec le RSA, il est souvent automatique.",
      falc: "C'est une mutuelle gratuite ou pas chère. Elle dure un an. Regardez la date de fin sur Ameli. Faites la demande 2 mois avant, ou plus tôt.",
      en: 'It lasts one year and its date depends on each person: check the end date on your certificate or on Ameli (health insurance), and ask for renewal at least 2 months before. With the RSA it is often automatic.',
      ar: 'تدوم سنة واحدة وتاريخها يختلف من شخص لآخر: انظر إلى تاريخ الانتهاء في شهادتك أو على Ameli (التأمين الصحي)، واطلب التجديد قبل شهرين على الأقل. مع RSA يكون التجديد تلقائيًا في الغالب.',
      uk: 'Воно діє рік, і дата в кожного своя: подивіться дату закінчення в довідці чи на Ameli (медичне страхування) і подайте заяву на поновлення щонайменше за 2 місяці. Для отримувачів RSA це часто відбувається автоматично.',
      fa: 'یک سال اعتبار دارد و تاریخ آن برای هر کس فرق دارد: تاریخ ختم را در تصدیق‌نامه یا در Ameli (بیمهٔ صحی) ببینید و دست‌کم ۲ ماه پیش از آن تمدید را درخواست کنید. برای کسانی که RSA می‌گیرند اکثراً خودکار است.',
      ro: 'Durează un an, iar data diferă de la o persoană la alta: uitați-vă la data de sfârșit pe atestat sau pe Ameli (asigurarea de sănătate) și cereți reînnoirea cu cel puțin 2 luni înainte. Cu RSA este adesea automată.',
      pt: 'Dura um ano e a data depende de cada pessoa: veja a data de fim no seu certificado ou no Ameli (seguro de saúde) e peça a renovação pelo menos 2 meses antes. Com o RSA, é muitas vezes automática.',
      es: 'Dura un año y la fecha depende de cada persona: mire la fecha de fin en su certificado o en Ameli (seguro de enfermedad) y pida la renovación al menos 2 meses antes. Con el RSA suele ser automática.',
    },
  },
  {
    id: 'titre-de-sejour',
    months: EVERY_MONTH,
    need: 'demarches',
    guide: 'scanner-document',
    title: {
      fr: 'Renouveler son titre de séjour',
      falc: 'Titre de séjour : le renouveler à temps',
      en: 'Renewing your residence permit (titre de séjour)',
      ar: 'تجديد بطاقة الإقامة (titre de séjour)',
      uk: 'Продовження посвідки на проживання (titre de séjour)',
      fa: 'تمدید کارت اقامت (titre de séjour)',
      ro: 'Reînnoirea permisului de ședere (titre de séjour)',
      pt: 'Renovar a autorização de residência (titre de séjour)',
      es: 'Renovar el permiso de residencia (titre de séjour)',
    },
    detail: {
      fr: "La date dépend de votre titre : regardez sa date de fin. Faites la demande entre 4 et 2 mois avant, le plus souvent en ligne sur le site de l'ANEF. Scannez vos justificatifs à l'avance.",
      falc: 'Regardez la date de fin de votre titre de séjour. Faites la demande 3 ou 4 mois avant la fin. Préparez vos papiers avant.',
      en: 'The date depends on your permit: check its end date. Apply between 4 and 2 months before it ends, usually online on the ANEF website (administration for foreign nationals). Scan your documents in advance.',
      ar: 'التاريخ يتوقف على بطاقتك: انظر إلى تاريخ انتهائها. قدّم الطلب بين 4 أشهر وشهرين قبل انتهائها، غالبًا عبر الإنترنت على موقع ANEF (إدارة الأجانب). امسح وثائقك ضوئيًا مسبقًا.',
      uk: 'Дата залежить від вашої посвідки: подивіться, коли вона закінчується. Подайте заяву за 4–2 місяці до цієї дати, зазвичай онлайн на сайті ANEF (служба у справах іноземців). Заздалегідь відскануйте документи.',
      fa: 'تاریخ آن به کارت شما بستگی دارد: تاریخ ختم آن را ببینید. درخواست را بین ۴ تا ۲ ماه پیش از ختم آن بدهید، اکثراً آنلاین در سایت ANEF (ادارهٔ امور اتباع خارجی). اسناد خود را از پیش سکن کنید.',
      ro: 'Data depinde de permisul dumneavoastră: uitați-vă la data de expirare. Depuneți cererea cu 4 până la 2 luni înainte, de obicei online, pe site-ul ANEF (administrația pentru străini). Scanați-vă actele din timp.',
      pt: 'A data depende do seu título: veja a data de fim. Faça o pedido entre 4 e 2 meses antes, normalmente pela Internet no site da ANEF (administração dos estrangeiros). Digitalize os seus documentos com antecedência.',
      es: 'La fecha depende de su permiso: mire su fecha de caducidad. Haga la solicitud entre 4 y 2 meses antes, normalmente por Internet en la web de la ANEF (administración de extranjeros). Escanee sus documentos con antelación.',
    },
  },
  {
    id: 'carte-identite-passeport',
    months: [1, 2, 3],
    need: 'ants',
    guide: 'rendez-vous-en-ligne',
    title: {
      fr: "Carte d'identité ou passeport : s'y prendre tôt",
      falc: "Carte d'identité ou passeport : faire la demande tôt",
      en: 'ID card or passport: apply early',
      ar: 'بطاقة التعريف أو جواز السفر: قدّم الطلب مبكرًا',
      uk: 'ID-картка чи паспорт: подбайте заздалегідь',
      fa: 'کارت هویت یا پاسپورت: زود اقدام کنید',
      ro: 'Carte de identitate sau pașaport: faceți cererea din timp',
      pt: 'Cartão de identidade ou passaporte: tratar cedo',
      es: 'Tarjeta de identidad o pasaporte: pedirlos con tiempo',
    },
    detail: {
      fr: "Avant l'été, les délais de rendez-vous en mairie s'allongent. Si votre titre expire bientôt ou si vous voyagez, faites la pré-demande sur le site de l'ANTS et prenez rendez-vous dès l'hiver.",
      falc: "Avant l'été, il faut attendre longtemps. Faites la demande en hiver. Prenez rendez-vous à la mairie.",
      en: 'Before summer, waiting times for town-hall appointments get longer. If your document expires soon or you are travelling, do the pre-application on the ANTS website (official documents agency) and book an appointment in winter.',
      ar: 'قبل الصيف تطول مدة انتظار المواعيد في البلديات. إذا كانت وثيقتك ستنتهي قريبًا أو كنت ستسافر، قدّم الطلب المسبق على موقع ANTS (وكالة الوثائق الرسمية) واحجز موعدًا منذ الشتاء.',
      uk: 'Перед літом чекати на запис у мерії доводиться довше. Якщо ваш документ скоро закінчується або ви їдете, заповніть попередню заяву на сайті ANTS (агентство офіційних документів) і запишіться на прийом ще взимку.',
      fa: 'پیش از تابستان، انتظار برای وقت ملاقات در شاروالی طولانی می‌شود. اگر سند شما به‌زودی ختم می‌شود یا سفر دارید، پیش‌درخواست را در سایت ANTS (ادارهٔ اسناد رسمی) پُر کنید و از زمستان وقت بگیرید.',
      ro: 'Înainte de vară, așteptarea pentru o programare la primărie se lungește. Dacă actul vă expiră curând sau călătoriți, faceți pre-cererea pe site-ul ANTS (agenția pentru acte oficiale) și programați-vă încă din iarnă.',
      pt: 'Antes do verão, a espera por uma marcação na câmara municipal aumenta. Se o seu documento caduca em breve ou vai viajar, faça o pré-pedido no site da ANTS (agência dos documentos oficiais) e marque logo no inverno.',
      es: 'Antes del verano, la espera para una cita en el ayuntamiento se alarga. Si su documento caduca pronto o va a viajar, haga la solicitud previa en la web de la ANTS (agencia de documentos oficiales) y pida cita ya en invierno.',
    },
  },
  {
    id: 'parcoursup',
    months: [1, 2, 3, 4, 6],
    need: 'parentalite',
    title: {
      fr: 'Parcoursup : choisir ses études après le bac',
      falc: 'Parcoursup : les études après le bac',
      en: 'Parcoursup: choosing studies after the baccalauréat',
      ar: 'Parcoursup: اختيار الدراسة بعد البكالوريا',
      uk: 'Parcoursup: вибір навчання після bac (випускного іспиту)',
      fa: 'Parcoursup: انتخاب تحصیل بعد از بکلوریا',
      ro: 'Parcoursup: alegerea studiilor după bacalaureat',
      pt: 'Parcoursup: escolher os estudos depois do bac',
      es: 'Parcoursup: elegir estudios después del bachillerato',
    },
    detail: {
      fr: "Pour les élèves de terminale et leur famille : inscription et vœux de janvier à mi-mars, dossier à compléter jusqu'à début avril, réponses des formations à partir de fin mai ou début juin. Les dates exactes sont sur parcoursup.gouv.fr.",
      falc: 'Pour les élèves de terminale. Ils choisissent leurs études de janvier à mars. Les réponses arrivent vers le mois de juin.',
      en: 'For final-year pupils and their families: registration and choices from January to mid-March, file to complete until early April, answers from late May or early June. The exact dates are on parcoursup.gouv.fr.',
      ar: 'لتلاميذ السنة النهائية وعائلاتهم: التسجيل والاختيارات من يناير إلى منتصف مارس، واستكمال الملف حتى بداية أبريل، والردود ابتداءً من أواخر مايو أو بداية يونيو. التواريخ الدقيقة على parcoursup.gouv.fr.',
      uk: 'Для учнів випускного класу та їхніх родин: реєстрація й вибір напрямів — із січня до середини березня, доповнення досьє — до початку квітня, відповіді — з кінця травня або початку червня. Точні дати — на parcoursup.gouv.fr.',
      fa: 'برای شاگردان صنف آخر و خانواده‌های شان: ثبت‌نام و انتخاب رشته‌ها از جنوری تا نیمهٔ مارچ، تکمیل دوسیه تا اوایل اپریل، جواب‌ها از آخر می یا اوایل جون. تاریخ‌های دقیق در parcoursup.gouv.fr است.',
      ro: 'Pentru elevii din ultimul an de liceu și familiile lor: înscrierea și opțiunile din ianuarie până la jumătatea lui martie, dosarul de completat până la începutul lui aprilie, răspunsurile de la sfârșitul lui mai sau începutul lui iunie. Datele exacte sunt pe parcoursup.gouv.fr.',
      pt: 'Para os alunos do último ano do liceu e as suas famílias: inscrição e escolhas de janeiro a meados de março, processo a completar até ao início de abril, respostas a partir do fim de maio ou do início de junho. As datas exatas estão em parcoursup.gouv.fr.',
      es: 'Para los alumnos del último curso y sus familias: inscripción y solicitudes de enero a mediados de marzo, expediente que completar hasta principios de abril, respuestas a partir de finales de mayo o principios de junio. Las fechas exactas están en parcoursup.gouv.fr.',
    },
  },
  {
    id: 'dossier-social-etudiant',
    months: [1, 2, 3, 4, 5],
    need: 'parentalite',
    title: {
      fr: 'Bourse et logement étudiant (dossier social étudiant)',
      falc: 'Argent et logement pour les étudiants',
      en: 'Student grant and housing (dossier social étudiant)',
      ar: 'منحة وسكن الطلبة (dossier social étudiant)',
      uk: 'Стипендія та житло для студентів (dossier social étudiant)',
      fa: 'بورسیه و لیلیهٔ محصلان (dossier social étudiant)',
      ro: 'Bursa și locuința pentru studenți (dossier social étudiant)',
      pt: 'Bolsa e alojamento para estudantes (dossier social étudiant)',
      es: 'Beca y alojamiento para estudiantes (dossier social étudiant)',
    },
    detail: {
      fr: "Pour une bourse ou un logement du Crous l'année suivante : la demande ouvre en début d'année et se fait en général avant fin mai, en même temps que Parcoursup, même avant d'avoir le bac, sur messervices.etudiant.gouv.fr.",
      falc: "Un jeune veut une bourse ou un logement du Crous ? Il fait la demande avant la fin du mois de mai. Même avant le bac.",
      en: 'For a grant or Crous student housing next year: the application opens early in the year and is usually due by the end of May, at the same time as Parcoursup, even before the baccalauréat, on messervices.etudiant.gouv.fr.',
      ar: 'للحصول على منحة أو سكن من Crous في السنة المقبلة: يُفتح الطلب في بداية السنة ويُقدَّم عادةً قبل نهاية مايو، في الوقت نفسه مع Parcoursup، حتى قبل البكالوريا، على messervices.etudiant.gouv.fr.',
      uk: 'Щоб отримати стипендію чи гуртожиток Crous на наступний рік, заяву подають на початку року, зазвичай до кінця травня, одночасно з Parcoursup, навіть до отримання bac, на messervices.etudiant.gouv.fr.',
      fa: 'برای بورسیه یا لیلیهٔ Crous در سال بعد: درخواست از اوایل سال باز می‌شود و معمولاً تا آخر می، همزمان با Parcoursup و حتی پیش از بکلوریا، در messervices.etudiant.gouv.fr انجام می‌شود.',
      ro: 'Pentru o bursă sau o locuință Crous în anul următor: cererea se deschide la începutul anului și se face de obicei până la sfârșitul lui mai, odată cu Parcoursup, chiar înainte de bacalaureat, pe messervices.etudiant.gouv.fr.',
      pt: 'Para uma bolsa ou um alojamento do Crous no ano seguinte: o pedido abre no início do ano e faz-se normalmente até ao fim de maio, ao mesmo tempo que o Parcoursup, mesmo antes do bac, em messervices.etudiant.gouv.fr.',
      es: 'Para una beca o un alojamiento del Crous el curso siguiente: la solicitud se abre a principios de año y suele hacerse antes de finales de mayo, a la vez que Parcoursup, incluso antes del bachillerato, en messervices.etudiant.gouv.fr.',
    },
  },
  {
    id: 'cheque-energie',
    months: [4, 5],
    need: 'demarches',
    title: {
      fr: 'Chèque énergie',
      falc: 'Le chèque énergie',
      en: 'Energy voucher (chèque énergie)',
      ar: 'شيك الطاقة (chèque énergie)',
      uk: 'Енергетичний чек (chèque énergie)',
      fa: 'چک انرژی (chèque énergie)',
      ro: 'Cecul pentru energie (chèque énergie)',
      pt: 'Cheque energia (chèque énergie)',
      es: 'Cheque energía (chèque énergie)',
    },
    detail: {
      fr: "Envoyé chaque année aux foyers aux revenus modestes, le plus souvent sans démarche et au printemps (la date peut changer). Il faut avoir déclaré ses revenus. Il aide à payer l'électricité, le gaz, le fioul ou le bois. En cas de doute : chequeenergie.gouv.fr.",
      falc: "Il aide à payer l'électricité ou le chauffage. Il arrive par la poste, souvent au printemps. Pour le recevoir, déclarez vos revenus chaque année.",
      en: 'Sent every year to households with low incomes, usually with nothing to do and most often in spring (the date can change). You must have filed your income tax return. It helps pay for electricity, gas, heating oil or wood. If in doubt: chequeenergie.gouv.fr.',
      ar: 'يُرسل كل سنة إلى الأسر ذات الدخل المحدود، في الغالب دون أي إجراء وعادةً في الربيع (قد يتغير التاريخ). يجب أن تكون قد صرّحت بمداخيلك. يساعد على دفع الكهرباء أو الغاز أو المازوت أو الحطب. عند الشك: chequeenergie.gouv.fr.',
      uk: 'Його щороку надсилають сім’ям із невеликими доходами, зазвичай без жодних дій і найчастіше навесні (дата може змінюватися). Треба подати декларацію про доходи. Він допомагає оплатити електрику, газ, мазут чи дрова. Якщо сумніваєтеся: chequeenergie.gouv.fr.',
      fa: 'هر سال برای خانواده‌های کم‌درآمد فرستاده می‌شود، اکثراً بدون هیچ کاری و بیشتر در بهار (تاریخ ممکن است تغییر کند). باید اظهار درآمد کرده باشید. برای پرداخت برق، گاز، تیل یا چوب کمک می‌کند. اگر شک دارید: chequeenergie.gouv.fr.',
      ro: 'Este trimis în fiecare an gospodăriilor cu venituri mici, de obicei fără demersuri și cel mai des primăvara (data se poate schimba). Trebuie să vă fi declarat veniturile. Ajută la plata curentului, gazului, păcurii sau lemnelor. Dacă aveți îndoieli: chequeenergie.gouv.fr.',
      pt: 'É enviado todos os anos às famílias com rendimentos baixos, normalmente sem nada a fazer e quase sempre na primavera (a data pode mudar). É preciso ter declarado os rendimentos. Ajuda a pagar a eletricidade, o gás, o gasóleo de aquecimento ou a lenha. Em caso de dúvida: chequeenergie.gouv.fr.',
      es: 'Se envía cada año a los hogares con ingresos modestos, normalmente sin hacer nada y casi siempre en primavera (la fecha puede cambiar). Hay que haber presentado la declaración de la renta. Ayuda a pagar la luz, el gas, el gasóleo de calefacción o la leña. Si tiene dudas: chequeenergie.gouv.fr.',
    },
  },
  {
    id: 'allocation-rentree-scolaire',
    months: [8],
    need: 'caf',
    title: {
      fr: 'Allocation de rentrée scolaire (ARS)',
      falc: "L'argent de la rentrée des classes (ARS)",
      en: 'Back-to-school allowance (ARS)',
      ar: 'منحة الدخول المدرسي (ARS)',
      uk: 'Допомога до навчального року (ARS)',
      fa: 'کمک‌هزینهٔ آغاز سال تعلیمی (ARS)',
      ro: 'Alocația de început de an școlar (ARS)',
      pt: 'Abono de regresso às aulas (ARS)',
      es: 'Ayuda para la vuelta al cole (ARS)',
    },
    detail: {
      fr: "Versée par la CAF ou la MSA en août, pour les enfants de 6 à 18 ans, selon les revenus. Le plus souvent sans démarche ; pour un jeune de 16 à 18 ans, il faut souvent déclarer qu'il est encore scolarisé, sur caf.fr ou msa.fr.",
      falc: "La CAF le verse en août. C'est pour les enfants de 6 à 18 ans. Un jeune a 16 ans ou plus ? Dites à la CAF qu'il va à l'école.",
      en: 'Paid by the CAF or MSA in August, for children aged 6 to 18, depending on income. Usually nothing to do; for a young person aged 16 to 18 you often have to declare online that they are still in education (caf.fr or msa.fr).',
      ar: 'تدفعها CAF أو MSA في أغسطس للأطفال من 6 إلى 18 سنة، حسب الدخل. في الغالب دون أي إجراء؛ لكن للشاب بين 16 و18 سنة يجب غالبًا التصريح بأنه ما زال يدرس، على caf.fr أو msa.fr.',
      uk: 'CAF або MSA виплачує її в серпні на дітей від 6 до 18 років, залежно від доходів. Зазвичай нічого робити не треба; але для підлітка 16–18 років часто потрібно підтвердити на caf.fr чи msa.fr, що він досі навчається.',
      fa: 'CAF یا MSA آن را در اگست برای اطفال ۶ تا ۱۸ ساله، بر اساس درآمد، می‌پردازد. اکثراً کاری لازم نیست؛ اما برای جوان ۱۶ تا ۱۸ ساله اکثراً باید در caf.fr یا msa.fr اعلام کنید که هنوز درس می‌خواند.',
      ro: 'Plătită de CAF sau MSA în august, pentru copiii între 6 și 18 ani, în funcție de venituri. De obicei nu trebuie făcut nimic; pentru un tânăr de 16–18 ani trebuie adesea declarat pe caf.fr sau msa.fr că este încă elev.',
      pt: 'Pago pela CAF ou pela MSA em agosto, para crianças dos 6 aos 18 anos, consoante os rendimentos. Normalmente não é preciso fazer nada; para um jovem de 16 a 18 anos, muitas vezes é preciso declarar em caf.fr ou msa.fr que continua a estudar.',
      es: 'La paga la CAF o la MSA en agosto, para niños de 6 a 18 años, según los ingresos. Normalmente no hay que hacer nada; para un joven de 16 a 18 años suele haber que declarar en caf.fr o msa.fr que sigue estudiando.',
    },
  },
  {
    id: 'bourses-college-lycee',
    months: [9, 10],
    need: 'parentalite',
    guide: 'franceconnect',
    title: {
      fr: 'Bourses de collège et de lycée',
      falc: 'Argent pour le collège ou le lycée : la bourse',
      en: 'Secondary school grants (bourses de collège et de lycée)',
      ar: 'المنح المدرسية للإعدادي والثانوي',
      uk: 'Стипендії для учнів колежу й ліцею',
      fa: 'بورسیه‌های مکتب متوسطه و لیسه (collège و lycée)',
      ro: 'Bursele de gimnaziu și de liceu',
      pt: 'Bolsas de estudo do collège e do lycée',
      es: 'Becas de collège y de lycée',
    },
    detail: {
      fr: "La demande se fait à la rentrée, en septembre et octobre, en ligne (Scolarité services, avec ÉduConnect ou FranceConnect) ou sur papier auprès de l'établissement. Le collège ou le lycée donne les dates exactes.",
      falc: "Demandez la bourse à la rentrée. C'est en septembre ou en octobre. Le collège ou le lycée vous dit les dates.",
      en: 'Apply when school starts, in September and October, online (Scolarité services, with ÉduConnect or FranceConnect) or on paper at the school. The school gives the exact dates.',
      ar: 'يُقدَّم الطلب عند الدخول المدرسي، في سبتمبر وأكتوبر، عبر الإنترنت (Scolarité services، بحساب ÉduConnect أو FranceConnect) أو على ورق لدى المؤسسة. الإعدادية أو الثانوية تعطي التواريخ الدقيقة.',
      uk: 'Заява подається на початку навчального року, у вересні й жовтні, онлайн (Scolarité services через ÉduConnect або FranceConnect) або на папері в школі. Колеж чи ліцей повідомить точні дати.',
      fa: 'درخواست در آغاز سال تعلیمی، در سپتمبر و اکتوبر، به شکل آنلاین (Scolarité services با ÉduConnect یا FranceConnect) یا روی کاغذ نزد مکتب انجام می‌شود. مکتب تاریخ‌های دقیق را می‌گوید.',
      ro: 'Cererea se face la începutul anului școlar, în septembrie și octombrie, online (Scolarité services, cu ÉduConnect sau FranceConnect) sau pe hârtie la școală. Gimnaziul sau liceul vă dă datele exacte.',
      pt: 'O pedido faz-se no regresso às aulas, em setembro e outubro, pela Internet (Scolarité services, com ÉduConnect ou FranceConnect) ou em papel na escola. A escola indica as datas exatas.',
      es: 'La solicitud se hace al empezar el curso, en septiembre y octubre, por Internet (Scolarité services, con ÉduConnect o FranceConnect) o en papel en el centro. El colegio o el instituto da las fechas exactas.',
    },
  },
];

/** The entries of a month (1 = January), in calendar order. */
export function calendarForMonth(month: number): CalendarEntry[] {
  return CALENDAR.filter((entry) => entry.months.includes(month));
}

/** Whether an entry's date depends on the person (it is listed every month). */
export function dependsOnPerson(entry: CalendarEntry): boolean {
  return entry.months.length === 12;
}

/** Every problem of the calendar, one line each; an empty list means it is complete. */
export function validateCalendar(entries: readonly CalendarEntry[] = CALENDAR): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const where = `calendar.${entry.id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) problems.push(`${where}: id is not kebab-case`);
    if (ids.has(entry.id)) problems.push(`${where}: duplicate id`);
    ids.add(entry.id);
    if (entry.months.length === 0) problems.push(`${where}.months: empty`);
    entry.months.forEach((month, index) => {
      if (!Number.isInteger(month) || month < 1 || month > 12) problems.push(`${where}.months: ${month} is not a month (1 to 12)`);
      const previous = entry.months[index - 1];
      if (previous !== undefined && previous >= month) problems.push(`${where}.months: not in increasing order`);
    });
    if (entry.guide !== undefined && !(GUIDE_IDS as readonly string[]).includes(entry.guide)) problems.push(`${where}.guide: no guide "${entry.guide}"`);
    if (!(NEED_IDS as readonly string[]).includes(entry.need)) problems.push(`${where}.need: "${entry.need}" is not a need id`);
    problems.push(
      ...textProblems(`${where}.title`, entry.title, { limit: 'falc' }),
      ...textProblems(`${where}.detail`, entry.detail, { limit: 'falc' }),
    );
    for (const { code } of LANGUAGES) {
      if (code !== 'fr' && code !== 'falc' && entry.title[code] === entry.title.fr) problems.push(`${where}.title.${code}: French left untranslated`);
    }
  }
  return problems;
}
