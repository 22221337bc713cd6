<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت الكتابة إلى «%1»: %2</translation>
    </message>
</context>
<context>
    <name>AudioDecoder</name>
    <message>
        <source>it holds no sound.</source>
        <translation>لا يحتوي على صوت.</translation>
    </message>
    <message>
        <source>cannot seek in the sound (%1).</source>
        <translation>تعذّر الانتقال داخل الصوت (%1).</translation>
    </message>
    <message>
        <source>the sound cannot be converted (%1).</source>
        <translation>تعذّر تحويل الصوت (%1).</translation>
    </message>
    <message>
        <source>decoding the sound failed (%1).</source>
        <translation>فشل فك ترميز الصوت (%1).</translation>
    </message>
</context>
<context>
    <name>AutosaveFile</name>
    <message>
        <source>“%1” is not a readable Montaj autosave.</source>
        <translation>«%1» ليس ملف حفظ تلقائي لمونتاج يمكن قراءته.</translation>
    </message>
</context>
<context>
    <name>ExportCheck</name>
    <message>
        <source>The frame rate is %1 fps; the platform accepts %2 to %3 fps.</source>
        <translation>معدل الإطارات %1 fps؛ والمنصة تقبل من %2 إلى %3 fps.</translation>
    </message>
    <message>
        <source>The picture is %1×%2 pixels; each side must be between %3 and %4 pixels.</source>
        <translation>أبعاد الصورة %1×%2 بكسل؛ ويجب أن يتراوح كل ضلع بين %3 و%4 بكسل.</translation>
    </message>
    <message>
        <source>The video lasts %1 s; the platform accepts at most %2 s. Trim %3 s.</source>
        <translation>مدة الفيديو %1 ثانية؛ والحد الأقصى الذي تقبله المنصة %2 ثانية. اقتطع منه %3 ثانية.</translation>
    </message>
    <message>
        <source>The video lasts %1 s; this account may post at most %2 s. Trim %3 s.</source>
        <translation>مدة الفيديو %1 ثانية؛ والحد الأقصى المسموح لهذا الحساب %2 ثانية. اقتطع منه %3 ثانية.</translation>
    </message>
    <message>
        <source>The project has no clips: add at least one before exporting.</source>
        <translation>لا يحتوي المشروع على أي مقطع: أضف مقطعًا واحدًا على الأقل قبل التصدير.</translation>
    </message>
    <message>
        <source>The media file %1 is missing: relink it before exporting.</source>
        <translation>ملف الوسائط %1 مفقود: أعد ربطه قبل التصدير.</translation>
    </message>
    <message>
        <source>The file has no video.</source>
        <translation>لا يحتوي الملف على فيديو.</translation>
    </message>
    <message>
        <source>The video codec is %1; the platform wants %2.</source>
        <translation>ترميز الفيديو هو %1؛ والمنصة تتطلب %2.</translation>
    </message>
    <message>
        <source>The H.264 profile is %1; the preset wants %2.</source>
        <translation>ملف تعريف H.264 هو %1؛ والإعداد المسبق يتطلب %2.</translation>
    </message>
    <message>
        <source>The pixel format is %1; the platform wants %2.</source>
        <translation>تنسيق البكسل هو %1؛ والمنصة تتطلب %2.</translation>
    </message>
    <message>
        <source>The file is %1; the platform accepts at most %2.</source>
        <translation>حجم الملف %1؛ والمنصة تقبل %2 على الأكثر.</translation>
    </message>
    <message>
        <source>The picture is %1×%2; the preset makes %3×%4.</source>
        <translation>أبعاد الصورة %1×%2؛ بينما ينتج الإعداد المسبق %3×%4.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>تعذّر إنشاء المجلد اللازم لـ%1.</translation>
    </message>
    <message>
        <source>The export finished but could not be saved as %1: %2</source>
        <translation>انتهى التصدير لكن تعذّر حفظه باسم %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>ExportPreset</name>
    <message>
        <source>TikTok 1080×1920, 30 fps</source>
        <translation>TikTok 1080×1920، 30 fps</translation>
    </message>
    <message>
        <source>TikTok 1080×1920, 60 fps</source>
        <translation>TikTok 1080×1920، 60 fps</translation>
    </message>
    <message>
        <source>Instagram Reels 1080×1920, 30 fps</source>
        <translation>Instagram Reels 1080×1920، 30 fps</translation>
    </message>
    <message>
        <source>YouTube Shorts 1080×1920, 30 fps</source>
        <translation>YouTube Shorts 1080×1920، 30 fps</translation>
    </message>
    <message>
        <source>Keep the source&apos;s size and frame rate</source>
        <translation>الاحتفاظ بأبعاد المصدر ومعدل إطاراته</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>this is a folder, not a media file.</source>
        <translation>هذا مجلد وليس ملف وسائط.</translation>
    </message>
    <message>
        <source>the file cannot be read (check its permissions).</source>
        <translation>تعذّرت قراءة الملف (تحقّق من أذوناته).</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes).</source>
        <translation>الملف فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>not a media file Montaj can read, or it is damaged or truncated (%1).</source>
        <translation>ليس ملف وسائط يستطيع مونتاج قراءته، أو أنه تالف أو مقطوع (%1).</translation>
    </message>
    <message>
        <source>the file&apos;s streams cannot be read; it may be damaged or truncated (%1).</source>
        <translation>تعذّرت قراءة مسارات الملف؛ ربما يكون تالفًا أو مقطوعًا (%1).</translation>
    </message>
    <message>
        <source>the file holds no audio or video.</source>
        <translation>لا يحتوي الملف على صوت أو فيديو.</translation>
    </message>
    <message>
        <source>its picture size %1×%2 is outside what Montaj handles (1 to %3 pixels a side).</source>
        <translation>أبعاد صورته %1×%2 خارج ما يتعامل معه مونتاج (من 1 إلى %3 بكسل لكل ضلع).</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>نفدت الذاكرة.</translation>
    </message>
    <message>
        <source>the %1 decoder refused the stream (%2).</source>
        <translation>رفض مفكّك الترميز %1 المسار (%2).</translation>
    </message>
    <message>
        <source>its audio codec “%1” cannot be decoded by this build of Montaj.</source>
        <translation>لا يستطيع هذا الإصدار من مونتاج فك ترميز الصوت «%1».</translation>
    </message>
    <message>
        <source>its video codec “%1” cannot be decoded by this build of Montaj.</source>
        <translation>لا يستطيع هذا الإصدار من مونتاج فك ترميز الفيديو «%1».</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The project file has an invalid value for “%1”.</source>
        <translation>يحتوي ملف المشروع على قيمة غير صالحة للحقل «%1».</translation>
    </message>
    <message>
        <source>The project file lacks the field “%1”.</source>
        <translation>الحقل «%1» غير موجود في ملف المشروع.</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <source>its codec “%1” cannot be decoded by this build of Montaj.</source>
        <translation>لا يستطيع هذا الإصدار من مونتاج فك ترميز «%1».</translation>
    </message>
    <message>
        <source>the file holds no audio or video.</source>
        <translation>لا يحتوي الملف على صوت أو فيديو.</translation>
    </message>
    <message>
        <source>no picture in it can be decoded; the file is damaged or truncated.</source>
        <translation>تعذّر فك ترميز أي صورة منه؛ الملف تالف أو مقطوع.</translation>
    </message>
    <message>
        <source>its length cannot be determined; the file is damaged or truncated.</source>
        <translation>تعذّر تحديد مدته؛ الملف تالف أو مقطوع.</translation>
    </message>
</context>
<context>
    <name>MediaWriter</name>
    <message>
        <source>This build of FFmpeg has no H.264 encoder (libx264).</source>
        <translation>لا يحتوي هذا الإصدار من FFmpeg على مرمّز H.264 (libx264).</translation>
    </message>
    <message>
        <source>This build of FFmpeg has no AAC encoder.</source>
        <translation>لا يحتوي هذا الإصدار من FFmpeg على مرمّز AAC.</translation>
    </message>
    <message>
        <source>%1: the MP4 file could not be created (%2).</source>
        <translation>%1: تعذّر إنشاء ملف MP4 (%2).</translation>
    </message>
    <message>
        <source>%1: the H.264 encoder could not start (%2).</source>
        <translation>%1: تعذّر تشغيل مرمّز H.264 (%2).</translation>
    </message>
    <message>
        <source>%1: the AAC encoder could not start (%2).</source>
        <translation>%1: تعذّر تشغيل مرمّز AAC (%2).</translation>
    </message>
    <message>
        <source>%1: no memory for the sound (%2).</source>
        <translation>%1: لا توجد ذاكرة كافية للصوت (%2).</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened for writing (%2).</source>
        <translation>%1: تعذّر فتح الملف للكتابة (%2).</translation>
    </message>
    <message>
        <source>%1: the file header cannot be written (%2).</source>
        <translation>%1: تعذّرت كتابة ترويسة الملف (%2).</translation>
    </message>
    <message>
        <source>%1: no memory for the picture (%2).</source>
        <translation>%1: لا توجد ذاكرة كافية للصورة (%2).</translation>
    </message>
    <message>
        <source>%1: encoding failed (%2).</source>
        <translation>%1: فشل الترميز (%2).</translation>
    </message>
    <message>
        <source>%1: writing to the file failed (%2).</source>
        <translation>%1: فشلت الكتابة إلى الملف (%2).</translation>
    </message>
    <message>
        <source>%1: a picture could not be encoded (%2).</source>
        <translation>%1: تعذّر ترميز صورة (%2).</translation>
    </message>
    <message>
        <source>%1: the sound could not be encoded (%2).</source>
        <translation>%1: تعذّر ترميز الصوت (%2).</translation>
    </message>
    <message>
        <source>%1: the file could not be completed (%2).</source>
        <translation>%1: تعذّر إكمال الملف (%2).</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>«%1» ليس رمز عملة وفق ISO 4217.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«%1» ليس مبلغًا ماليًا.</translation>
    </message>
    <message>
        <source>The amount is too large to be represented exactly.</source>
        <translation>المبلغ أكبر من أن يُمثَّل بدقة.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>لا يمكن الجمع بين مبالغ بعملتي %1 و%2.</translation>
    </message>
    <message>
        <source>Cannot divide an amount by zero.</source>
        <translation>لا يمكن قسمة مبلغ على صفر.</translation>
    </message>
    <message>
        <source>Allocation weights cannot be negative.</source>
        <translation>لا يمكن أن تكون أوزان التوزيع سالبة.</translation>
    </message>
    <message>
        <source>Allocation needs at least one positive weight.</source>
        <translation>يحتاج التوزيع إلى وزن موجب واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Record</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Record clips in takes</source>
        <translation>سجّل مقاطعك على لقطات</translation>
    </message>
    <message>
        <source>This page will record your camera and microphone, or your screen, in takes, with vertical framing guides. Recording is not available yet.</source>
        <translation>ستسجّل هذه الصفحة الكاميرا والميكروفون، أو الشاشة، على لقطات، مع أدلة تأطير عمودية. التسجيل غير متاح بعد.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>التحرير</translation>
    </message>
    <message>
        <source>Cut your video</source>
        <translation>حرّر فيديوك</translation>
    </message>
    <message>
        <source>This page will hold the preview player, the timeline and the inspector: trim, split, reorder, text overlays, music, filters, with undo and autosave. Editing is not available yet.</source>
        <translation>ستضم هذه الصفحة مشغّل المعاينة والخط الزمني ولوحة الخصائص: القص والتقسيم وإعادة الترتيب والنصوص المتراكبة والموسيقى والمرشّحات، مع التراجع والحفظ التلقائي. التحرير غير متاح بعد.</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <source>Caption every word</source>
        <translation>أضف نصًا لكل كلمة</translation>
    </message>
    <message>
        <source>This page will import and export SRT, VTT and ASS subtitles, style them, burn them into the video and create them automatically from speech. Captions are not available yet.</source>
        <translation>ستستورد هذه الصفحة ترجمات SRT وVTT وASS وتصدّرها، وتنسّقها، وتدمجها في الفيديو، وتنشئها تلقائيًا من الكلام. الترجمة النصية غير متاحة بعد.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Schedule your posts</source>
        <translation>جدوِل منشوراتك</translation>
    </message>
    <message>
        <source>This page will export platform-ready video and schedule uploads, for one creator or for an agency&apos;s many accounts. Publishing is not available yet.</source>
        <translation>ستصدّر هذه الصفحة فيديو جاهزًا للمنصة وتجدول الرفع، لصانع محتوى واحد أو لحسابات وكالة كثيرة. النشر غير متاح بعد.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Estimate views before you post</source>
        <translation>قدّر المشاهدات قبل النشر</translation>
    </message>
    <message>
        <source>This page will estimate how many views a draft may get, calibrated on your own history, with an honest range. Estimates are not available yet.</source>
        <translation>ستقدّر هذه الصفحة عدد المشاهدات التي قد تحصل عليها مسودة، معايَرةً على سجلّك أنت، مع نطاق صادق. التقديرات غير متاحة بعد.</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>التعاونات</translation>
    </message>
    <message>
        <source>Track your brand deals</source>
        <translation>تابع صفقاتك مع العلامات التجارية</translation>
    </message>
    <message>
        <source>This page will follow brand deals from invitation to payment: deliverables, disclosure rules for each country, and invoices. Collaborations are not available yet.</source>
        <translation>ستتابع هذه الصفحة صفقات العلامات التجارية من الدعوة حتى الدفع: المخرجات المطلوبة، وقواعد الإفصاح في كل بلد، والفواتير. التعاونات غير متاحة بعد.</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>الأرباح</translation>
    </message>
    <message>
        <source>See what your LIVEs earn</source>
        <translation>اعرف ما تربحه من البث المباشر</translation>
    </message>
    <message>
        <source>This page will count LIVE gifts as coins, diamonds and money, per session and per month. Earnings are not available yet.</source>
        <translation>ستحسب هذه الصفحة هدايا البث المباشر عملاتٍ وماساتٍ ومالًا، لكل جلسة ولكل شهر. الأرباح غير متاحة بعد.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>تعذّر فتح «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a project file.</source>
        <translation>«%1» أكبر من أن يكون ملف مشروع.</translation>
    </message>
    <message>
        <source>The project file is damaged or not JSON: %1.</source>
        <translation>ملف المشروع تالف أو ليس بصيغة JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a Montaj project.</source>
        <translation>هذا الملف ليس مشروع مونتاج.</translation>
    </message>
    <message>
        <source>The project file has no valid format version.</source>
        <translation>لا يحتوي ملف المشروع على إصدار تنسيق صالح.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Montaj (format %1); this version reads format %2 and older. Update Montaj to open it.</source>
        <translation>حُفظ هذا المشروع بإصدار أحدث من مونتاج (التنسيق %1)؛ وهذا الإصدار يقرأ التنسيق %2 وما قبله. حدّث مونتاج لفتحه.</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>The clip&apos;s source has no duration.</source>
        <translation>ليست لمصدر المقطع مدة.</translation>
    </message>
    <message>
        <source>The clip would have no length.</source>
        <translation>ستصبح مدة المقطع صفرًا.</translation>
    </message>
    <message>
        <source>The clip cannot extend beyond its source media.</source>
        <translation>لا يمكن أن يتجاوز المقطع حدود وسائطه المصدر.</translation>
    </message>
    <message>
        <source>The volume must be between %1 and %2.</source>
        <translation>يجب أن يكون مستوى الصوت بين %1 و%2.</translation>
    </message>
    <message>
        <source>The crop rectangle must lie inside the frame and must not be empty.</source>
        <translation>يجب أن يقع مستطيل الاقتصاص داخل الإطار وألا يكون فارغًا.</translation>
    </message>
    <message>
        <source>The clip has no media file.</source>
        <translation>ليس للمقطع ملف وسائط.</translation>
    </message>
    <message>
        <source>The media path “%1” is not absolute.</source>
        <translation>مسار الوسائط «%1» ليس مسارًا مطلقًا.</translation>
    </message>
    <message>
        <source>The clip&apos;s source has neither video nor audio.</source>
        <translation>لا يحتوي مصدر المقطع على فيديو ولا صوت.</translation>
    </message>
    <message>
        <source>A video clip needs the size of its source.</source>
        <translation>يحتاج مقطع الفيديو إلى معرفة أبعاد مصدره.</translation>
    </message>
    <message>
        <source>The text overlay has no text.</source>
        <translation>النص المتراكب فارغ.</translation>
    </message>
    <message>
        <source>The text must start at or after zero and end after it starts.</source>
        <translation>يجب أن يبدأ النص عند الصفر أو بعده، وأن ينتهي بعد بدايته.</translation>
    </message>
    <message>
        <source>The text overlay has no font.</source>
        <translation>لم يُحدَّد خط للنص المتراكب.</translation>
    </message>
    <message>
        <source>The font size is out of range.</source>
        <translation>حجم الخط خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>The outline width is out of range.</source>
        <translation>سُمك الحد الخارجي خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>The text position must lie on the canvas.</source>
        <translation>يجب أن يقع موضع النص داخل اللوحة.</translation>
    </message>
    <message>
        <source>The text overlay has an invalid colour.</source>
        <translation>لون النص المتراكب غير صالح.</translation>
    </message>
    <message>
        <source>The music file has no duration.</source>
        <translation>ليست لملف الموسيقى مدة.</translation>
    </message>
    <message>
        <source>The music must start inside its source file.</source>
        <translation>يجب أن تبدأ الموسيقى من نقطة داخل ملفها المصدر.</translation>
    </message>
    <message>
        <source>The music cannot start before the timeline.</source>
        <translation>لا يمكن أن تبدأ الموسيقى قبل بداية الخط الزمني.</translation>
    </message>
    <message>
        <source>The music fades must not be negative or longer than the music.</source>
        <translation>يجب ألا تكون مدة تلاشي الموسيقى سالبة أو أطول من الموسيقى نفسها.</translation>
    </message>
    <message>
        <source>The canvas must be between %1 and %2 pixels on each side.</source>
        <translation>يجب أن يتراوح كل ضلع من أضلاع اللوحة بين %1 و%2 بكسل.</translation>
    </message>
    <message>
        <source>The frame rate is out of range.</source>
        <translation>معدل الإطارات خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>The canvas colour is invalid.</source>
        <translation>لون اللوحة غير صالح.</translation>
    </message>
    <message>
        <source>Two items share the id “%1”.</source>
        <translation>يشترك عنصران في المعرّف «%1».</translation>
    </message>
    <message>
        <source>An item has no id.</source>
        <translation>أحد العناصر بلا معرّف.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The autosave “%1” belongs to a Montaj window that is still open.</source>
        <translation>ملف الحفظ التلقائي «%1» يخص نافذة مونتاج لا تزال مفتوحة.</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <source>A thumbnail strip needs a count and a size.</source>
        <translation>يحتاج شريط الصور المصغّرة إلى عدد وحجم.</translation>
    </message>
</context>
<context>
    <name>VideoDecoder</name>
    <message>
        <source>it holds no video.</source>
        <translation>لا يحتوي على فيديو.</translation>
    </message>
    <message>
        <source>decoding failed (%1); the file may be damaged.</source>
        <translation>فشل فك الترميز (%1)؛ ربما يكون الملف تالفًا.</translation>
    </message>
    <message>
        <source>cannot seek in the file (%1).</source>
        <translation>تعذّر الانتقال داخل الملف (%1).</translation>
    </message>
    <message>
        <source>no picture could be decoded at this position.</source>
        <translation>تعذّر فك ترميز أي صورة عند هذا الموضع.</translation>
    </message>
    <message>
        <source>the video holds no frames.</source>
        <translation>لا يحتوي الفيديو على أي إطار.</translation>
    </message>
    <message>
        <source>frame %1 does not exist (the video has %2 frames).</source>
        <translation>الإطار %1 غير موجود (عدد إطارات الفيديو %2).</translation>
    </message>
    <message>
        <source>the picture could not be converted.</source>
        <translation>تعذّر تحويل الصورة.</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>A waveform needs at least one bucket.</source>
        <translation>يحتاج شكل الموجة إلى خانة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>montaj::Localization</name>
    <message>
        <source>The %1 translation of Montaj is missing from this build.</source>
        <translation>ترجمة %1 لمونتاج غير موجودة في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>montaj::ProjectDocument</name>
    <message>
        <source>There is no clip with the id “%1”.</source>
        <translation>لا يوجد مقطع بالمعرّف «%1».</translation>
    </message>
    <message>
        <source>There is no text overlay with the id “%1”.</source>
        <translation>لا يوجد نص متراكب بالمعرّف «%1».</translation>
    </message>
    <message>
        <source>The position is outside the timeline.</source>
        <translation>الموضع خارج الخط الزمني.</translation>
    </message>
    <message>
        <source>Add clip</source>
        <translation>إضافة مقطع</translation>
    </message>
    <message>
        <source>Remove clip</source>
        <translation>إزالة المقطع</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>نقل المقطع</translation>
    </message>
    <message>
        <source>Trim clip</source>
        <translation>تشذيب المقطع</translation>
    </message>
    <message>
        <source>The split point must lie inside the clip, not at its edges.</source>
        <translation>يجب أن تقع نقطة التقسيم داخل المقطع، لا عند طرفيه.</translation>
    </message>
    <message>
        <source>Split clip</source>
        <translation>تقسيم المقطع</translation>
    </message>
    <message>
        <source>Change clip framing</source>
        <translation>تغيير تأطير المقطع</translation>
    </message>
    <message>
        <source>Change clip volume</source>
        <translation>تغيير مستوى صوت المقطع</translation>
    </message>
    <message>
        <source>Mute clip</source>
        <translation>كتم صوت المقطع</translation>
    </message>
    <message>
        <source>Unmute clip</source>
        <translation>إلغاء كتم صوت المقطع</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>إضافة نص</translation>
    </message>
    <message>
        <source>Remove text</source>
        <translation>إزالة النص</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>تعديل النص</translation>
    </message>
    <message>
        <source>The music track has no media file.</source>
        <translation>ليس لمسار الموسيقى ملف وسائط.</translation>
    </message>
    <message>
        <source>Set music</source>
        <translation>تعيين الموسيقى</translation>
    </message>
    <message>
        <source>Remove music</source>
        <translation>إزالة الموسيقى</translation>
    </message>
    <message>
        <source>Change canvas</source>
        <translation>تغيير اللوحة</translation>
    </message>
    <message>
        <source>No clip or music uses “%1”.</source>
        <translation>لا يستخدم أي مقطع أو موسيقى الملف «%1».</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>Relink media</source>
        <translation>إعادة ربط الوسائط</translation>
    </message>
</context>
<context>
    <name>montaj::ctl::Cli</name>
    <message>
        <source>Print where Montaj keeps its files, as JSON</source>
        <translation>اطبع أماكن حفظ مونتاج لملفاته بصيغة JSON</translation>
    </message>
    <message>
        <source>Mask tokens and other secrets in a log before you share it</source>
        <translation>أخفِ الرموز المميزة والأسرار الأخرى في سجلّ قبل مشاركته</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>اعرض هذه المساعدة واخرج.</translation>
    </message>
    <message>
        <source>Print where Montaj keeps its files, as JSON. Set MONTAJ_HOME to keep everything under one folder.</source>
        <translation>اطبع أماكن حفظ مونتاج لملفاته بصيغة JSON. عيّن MONTAJ_HOME لحفظ كل شيء في مجلد واحد.</translation>
    </message>
    <message>
        <source>montajctl paths: unexpected argument “%1”.</source>
        <translation>montajctl paths: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>Usage: montajctl [--help] [--version] COMMAND [ARGUMENTS…]</source>
        <translation>الاستخدام: montajctl [--help] [--version] COMMAND [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Run “montajctl COMMAND --help” for the options of one command.</source>
        <translation>نفّذ «montajctl COMMAND --help» لعرض خيارات أمر ما.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>رموز الخروج:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  نجاح</translation>
    </message>
    <message>
        <source>  1  the command failed</source>
        <translation>  1  فشل الأمر</translation>
    </message>
    <message>
        <source>  2  wrong usage: unknown command or option, missing argument</source>
        <translation>  2  استخدام خاطئ: أمر أو خيار غير معروف، أو وسيط ناقص</translation>
    </message>
    <message>
        <source>  3  invalid input: a file or value could not be read or is malformed</source>
        <translation>  3  مدخلات غير صالحة: تعذّرت قراءة ملف أو قيمة أو أنها مشوّهة</translation>
    </message>
    <message>
        <source>  4  unavailable: a service, device or network peer could not be reached</source>
        <translation>  4  غير متاح: تعذّر الوصول إلى خدمة أو جهاز أو طرف في الشبكة</translation>
    </message>
    <message>
        <source>  130  cancelled</source>
        <translation>  130  أُلغي</translation>
    </message>
    <message>
        <source>montajctl: unknown command “%1”.</source>
        <translation>montajctl: أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>montajctl: unknown option “%1”.</source>
        <translation>montajctl: خيار غير معروف «%1».</translation>
    </message>
    <message>
        <source>Run “montajctl --help” to see the commands.</source>
        <translation>نفّذ «montajctl --help» لعرض الأوامر.</translation>
    </message>
    <message>
        <source>The log to clean; standard input when omitted.</source>
        <translation>السجلّ المراد تنظيفه؛ الإدخال القياسي إن لم يُحدَّد.</translation>
    </message>
    <message>
        <source>Copy a log to standard output with access tokens, authorization codes and other secrets masked.</source>
        <translation>انسخ سجلًا إلى المخرج القياسي مع إخفاء رموز الوصول ورموز التفويض والأسرار الأخرى.</translation>
    </message>
    <message>
        <source>montajctl redact: give at most one file.</source>
        <translation>montajctl redact: حدّد ملفًا واحدًا على الأكثر.</translation>
    </message>
    <message>
        <source>montajctl redact: cannot read standard input.</source>
        <translation>montajctl redact: تعذّرت قراءة الإدخال القياسي.</translation>
    </message>
    <message>
        <source>montajctl redact: cannot open “%1”: %2</source>
        <translation>montajctl redact: تعذّر فتح «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) masked.</source>
        <translation>
            <numerusform>لم يُحجَب أي سرّ.</numerusform>
            <numerusform>حُجِب سرٌّ واحد.</numerusform>
            <numerusform>حُجِب سرّان.</numerusform>
            <numerusform>حُجِبت %n أسرار.</numerusform>
            <numerusform>حُجِب %n سرًّا.</numerusform>
            <numerusform>حُجِب %n سرّ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a media file holds, as JSON</source>
        <translation>اعرض محتويات ملف وسائط بصيغة JSON</translation>
    </message>
    <message>
        <source>Export a project or a media file as platform-ready MP4</source>
        <translation>صدّر مشروعًا أو ملف وسائط بصيغة MP4 جاهزة للمنصة</translation>
    </message>
    <message>
        <source>The media file to examine.</source>
        <translation>ملف الوسائط المراد فحصه.</translation>
    </message>
    <message>
        <source>Print what a media file holds — streams, duration, frame rate, size, rotation, colour — as JSON.</source>
        <translation>اطبع محتويات ملف وسائط — المسارات والمدة ومعدل الإطارات والأبعاد والتدوير واللون — بصيغة JSON.</translation>
    </message>
    <message>
        <source>montajctl probe: give exactly one file.</source>
        <translation>montajctl probe: حدّد ملفًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>A Montaj project (.montaj) or a media file.</source>
        <translation>مشروع مونتاج (.montaj) أو ملف وسائط.</translation>
    </message>
    <message>
        <source>The MP4 file to write.</source>
        <translation>ملف MP4 المراد كتابته.</translation>
    </message>
    <message>
        <source>Export preset: %1.</source>
        <translation>الإعداد المسبق للتصدير: %1.</translation>
    </message>
    <message>
        <source>For a media file: “fit” shows the whole picture with bands, “fill” covers the canvas and crops.</source>
        <translation>عند تصدير ملف وسائط: «fit» يعرض الصورة كاملة مع أشرطة على الجانبين، و«fill» يملأ اللوحة ويقتصّ الزائد.</translation>
    </message>
    <message>
        <source>The longest video this account may post, in seconds.</source>
        <translation>أطول مدة فيديو يمكن لهذا الحساب نشرها، بالثواني.</translation>
    </message>
    <message>
        <source>Export a project, or make a media file platform-ready, as H.264 + AAC in MP4. Progress is printed as one JSON object per line.</source>
        <translation>صدّر مشروعًا، أو اجعل ملف وسائط جاهزًا للمنصة، بصيغة H.264 + AAC في MP4. يُطبع التقدّم على شكل كائن JSON واحد في كل سطر.</translation>
    </message>
    <message>
        <source>montajctl render: give one input and an output with -o.</source>
        <translation>montajctl render: حدّد مُدخلًا واحدًا ومُخرجًا باستخدام -o.</translation>
    </message>
    <message>
        <source>montajctl render: unknown preset “%1”; choose one of: %2.</source>
        <translation>montajctl render: إعداد مسبق غير معروف «%1»؛ اختر واحدًا مما يلي: %2.</translation>
    </message>
    <message>
        <source>montajctl render: --fit takes “fit” or “fill”, not “%1”.</source>
        <translation>montajctl render: يقبل --fit القيمة «fit» أو «fill»، وليس «%1».</translation>
    </message>
    <message>
        <source>montajctl render: --creator-max-seconds takes a number of seconds.</source>
        <translation>montajctl render: يقبل --creator-max-seconds عددًا من الثواني.</translation>
    </message>
    <message>
        <source>%1 holds no video to export.</source>
        <translation>لا يحتوي %1 على فيديو لتصديره.</translation>
    </message>
</context>
<context>
    <name>montaj::ui::MainWindow</name>
    <message>
        <source>Montaj</source>
        <translation>مونتاج</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>montaj::ui::RecoveryDialog</name>
    <message>
        <source>Save the recovered project</source>
        <translation>احفظ المشروع المستعاد</translation>
    </message>
    <message>
        <source>Montaj projects (*.montaj)</source>
        <translation>مشاريع مونتاج (*.montaj)</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message numerus="yes">
        <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: save each project to keep it, or discard it.</source>
        <translation>
            <numerusform>أُغلق مونتاج قبل حفظ أي مشروع.</numerusform>
            <numerusform>أُغلق مونتاج قبل حفظ مشروع واحد. حُفظت آخر التعديلات تلقائيًا: احفظه للإبقاء عليه، أو تجاهله.</numerusform>
            <numerusform>أُغلق مونتاج قبل حفظ مشروعين. حُفظت آخر التعديلات تلقائيًا: احفظ كل مشروع للإبقاء عليه، أو تجاهله.</numerusform>
            <numerusform>أُغلق مونتاج قبل حفظ %n مشاريع. حُفظت آخر التعديلات تلقائيًا: احفظ كل مشروع للإبقاء عليه، أو تجاهله.</numerusform>
            <numerusform>أُغلق مونتاج قبل حفظ %n مشروعًا. حُفظت آخر التعديلات تلقائيًا: احفظ كل مشروع للإبقاء عليه، أو تجاهله.</numerusform>
            <numerusform>أُغلق مونتاج قبل حفظ %n مشروع. حُفظت آخر التعديلات تلقائيًا: احفظ كل مشروع للإبقاء عليه، أو تجاهله.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save recovered project…</source>
        <translation>احفظ المشروع المستعاد…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهُل</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>%1 — changes from %2</source>
        <translation>%1 — تعديلات %2</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>مشروع مستعاد</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>montaj::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>The change applies at once; Montaj does not need to restart.</source>
        <translation>يُطبَّق التغيير فورًا؛ لا حاجة لإعادة تشغيل مونتاج.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتّباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>Data and settings:</source>
        <translation>البيانات والإعدادات:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>المشاريع:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Montaj %1, a creator studio for short-form video. Built with Qt %2.</source>
        <translation>مونتاج %1، استوديو لصنّاع الفيديوهات القصيرة. مبني باستخدام Qt %2.</translation>
    </message>
</context>
</TS>
