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
    <name>AuthorizeEndpoint</name>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>This app is not registered with the sandbox (unknown client_key).</source>
        <translation>هذا التطبيق غير مسجّل في بيئة التجربة (client_key غير معروف).</translation>
    </message>
    <message>
        <source>The app asked to be answered at an address the sandbox does not allow. Use http://127.0.0.1:PORT/… or http://localhost:PORT/….</source>
        <translation>طلب التطبيق أن يُرسَل الرد إلى عنوان لا تسمح به بيئة التجربة. استخدم http://127.0.0.1:PORT/… أو http://localhost:PORT/….</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>انتهت صلاحية تسجيل الدخول</translation>
    </message>
    <message>
        <source>This sign-in page has expired or was already answered. Start signing in again from Montaj.</source>
        <translation>انتهت صلاحية صفحة تسجيل الدخول هذه أو سبق الرد عليها. ابدأ تسجيل الدخول من جديد من مونتاج.</translation>
    </message>
    <message>
        <source>Choose an account to sign in with.</source>
        <translation>اختر حسابًا لتسجيل الدخول به.</translation>
    </message>
    <message>
        <source>The sandbox could not save the sign-in. Try again.</source>
        <translation>تعذّر على بيئة التجربة حفظ تسجيل الدخول. حاول مجددًا.</translation>
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
    <name>ChunkPlan</name>
    <message>
        <source>The video file is empty.</source>
        <translation>ملف الفيديو فارغ.</translation>
    </message>
    <message>
        <source>The video file is too large to upload (%1 bytes; the limit is %2 bytes).</source>
        <translation>ملف الفيديو أكبر من أن يُرفع (%1 بايت؛ والحد الأقصى %2 بايت).</translation>
    </message>
    <message>
        <source>The upload&apos;s chunk sizes do not follow the platform&apos;s rules.</source>
        <translation>أحجام أجزاء الرفع لا تتوافق مع قواعد المنصة.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Read your profile info (avatar, display name)</source>
        <translation>قراءة معلومات ملفك الشخصي (الصورة الرمزية، الاسم المعروض)</translation>
    </message>
    <message>
        <source>Read your profile details (username, bio, verified badge)</source>
        <translation>قراءة تفاصيل ملفك الشخصي (اسم المستخدم، النبذة التعريفية، شارة التوثيق)</translation>
    </message>
    <message>
        <source>Read your statistics (followers, following, likes, number of videos)</source>
        <translation>قراءة إحصاءاتك (المتابعون، الحسابات التي تتابعها، الإعجابات، عدد الفيديوهات)</translation>
    </message>
    <message>
        <source>Read your public videos and their view, like, comment and share counts</source>
        <translation>قراءة فيديوهاتك العامة وأعداد مشاهداتها وإعجاباتها وتعليقاتها ومشاركاتها</translation>
    </message>
    <message>
        <source>Post videos directly to your profile</source>
        <translation>نشر الفيديوهات مباشرةً على ملفك الشخصي</translation>
    </message>
    <message>
        <source>Send videos to your inbox as drafts for you to finish</source>
        <translation>إرسال الفيديوهات كمسودات إلى صندوق الوارد لديك لتكملها بنفسك</translation>
    </message>
    <message>
        <source>Montaj wants to access your sandbox account</source>
        <translation>يطلب مونتاج الوصول إلى حسابك في بيئة التجربة</translation>
    </message>
    <message>
        <source>This is the Montaj platform sandbox: nothing leaves this computer. Your answer goes back to the app at %1.</source>
        <translation>هذه بيئة تجربة المنصة التابعة لمونتاج: لا يغادر أي شيء هذا الحاسوب. سيُعاد ردّك إلى التطبيق على العنوان %1.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>تسجيل الدخول باسم</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>private account</source>
        <translation>حساب خاص</translation>
    </message>
    <message>
        <source>Allow Montaj to</source>
        <translation>اسمح لمونتاج بـ</translation>
    </message>
    <message>
        <source>Untick anything you do not want to share. You can withdraw access at any time.</source>
        <translation>ألغِ تحديد كل ما لا تريد مشاركته. يمكنك سحب إذن الوصول في أي وقت.</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>تفويض</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Authorize Montaj</source>
        <translation>تفويض مونتاج</translation>
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
    <name>FaultInjector</name>
    <message>
        <source>The sandbox fault “%1” is not understood: %2</source>
        <translation>لم تتعرّف بيئة التجربة على العطل «%1»: %2</translation>
    </message>
    <message>
        <source>give the delay as milliseconds, e.g. latency=50ms.</source>
        <translation>حدّد التأخير بالمللي ثانية، مثل latency=50ms.</translation>
    </message>
    <message>
        <source>give a path prefix and a probability, e.g. error_rate=/v2/video/list/:0.2.</source>
        <translation>حدّد بادئة مسار واحتمالًا، مثل error_rate=/v2/video/list/:0.2.</translation>
    </message>
    <message>
        <source>give a probability between 0 and 1.</source>
        <translation>حدّد احتمالًا بين 0 و1.</translation>
    </message>
    <message>
        <source>use expire_tokens, expire_tokens=access or expire_tokens=all.</source>
        <translation>استخدم expire_tokens أو expire_tokens=access أو expire_tokens=all.</translation>
    </message>
    <message>
        <source>unknown fault.</source>
        <translation>عطل غير معروف.</translation>
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
    <name>PlatformError</name>
    <message>
        <source>The platform reported an unexpected error.</source>
        <translation>أبلغت المنصة عن خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Montaj will renew it and try again.</source>
        <translation>انتهت صلاحية تسجيل دخولك. سيجدّده مونتاج ويحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>You did not give Montaj permission for this. Sign in again and allow it.</source>
        <translation>لم تمنح مونتاج الإذن بذلك. سجّل الدخول مجددًا واسمح به.</translation>
    </message>
    <message>
        <source>Montaj&apos;s app is not allowed to do this on the platform yet.</source>
        <translation>لم يُسمح لتطبيق مونتاج بعدُ بتنفيذ هذا الإجراء على المنصة.</translation>
    </message>
    <message>
        <source>Too many requests to the platform. Montaj will try again shortly.</source>
        <translation>أُرسل عدد كبير جدًا من الطلبات إلى المنصة. سيحاول مونتاج مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The platform refused the request as invalid.</source>
        <translation>رفضت المنصة الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <source>The video file does not meet the platform&apos;s upload requirements.</source>
        <translation>لا يستوفي ملف الفيديو متطلبات الرفع لدى المنصة.</translation>
    </message>
    <message>
        <source>The platform had a temporary problem. Montaj will try again.</source>
        <translation>واجهت المنصة مشكلة مؤقتة. سيحاول مونتاج مرة أخرى.</translation>
    </message>
    <message>
        <source>You have posted too many times today. Try again tomorrow.</source>
        <translation>لقد نشرت مرات كثيرة جدًا اليوم. حاول مجددًا غدًا.</translation>
    </message>
    <message>
        <source>This account is currently not allowed to post.</source>
        <translation>لا يُسمح لهذا الحساب بالنشر حاليًا.</translation>
    </message>
    <message>
        <source>Montaj&apos;s app has reached its daily limit of users. Try again tomorrow.</source>
        <translation>بلغ تطبيق مونتاج الحد اليومي لعدد المستخدمين. حاول مجددًا غدًا.</translation>
    </message>
    <message>
        <source>This app is not reviewed yet: it can only post to private accounts, visible only to you.</source>
        <translation>لم تتم مراجعة هذا التطبيق بعد: لا يمكنه النشر إلا في الحسابات الخاصة، بحيث لا تظهر المنشورات إلا لك.</translation>
    </message>
    <message>
        <source>The platform cannot fetch media from this address: its domain is not verified.</source>
        <translation>لا تستطيع المنصة جلب الوسائط من هذا العنوان: نطاقه غير موثَّق.</translation>
    </message>
    <message>
        <source>The chosen audience is not available for this account. Choose another one.</source>
        <translation>الجمهور المختار غير متاح لهذا الحساب. اختر جمهورًا آخر.</translation>
    </message>
    <message>
        <source>Too many uploads are waiting in your inbox. Finish or delete some, then try again.</source>
        <translation>هناك عمليات رفع كثيرة جدًا تنتظر في صندوق الوارد لديك. أكمل بعضها أو احذفه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed.</source>
        <translation>صيغة طلب تسجيل الدخول غير صحيحة.</translation>
    </message>
    <message>
        <source>The platform does not recognise Montaj&apos;s app credentials.</source>
        <translation>لا تتعرّف المنصة على بيانات اعتماد تطبيق مونتاج.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (expired, revoked or already used). Sign in again.</source>
        <translation>لم يعُد تسجيل دخولك صالحًا (انتهت صلاحيته أو أُلغي أو سبق استخدامه). سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Montaj&apos;s app is not allowed to sign in this way.</source>
        <translation>لا يُسمح لتطبيق مونتاج بتسجيل الدخول بهذه الطريقة.</translation>
    </message>
    <message>
        <source>The platform does not support this kind of sign-in.</source>
        <translation>لا تدعم المنصة هذا النوع من تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Montaj asked for a permission the platform does not know.</source>
        <translation>طلب مونتاج إذنًا لا تعرفه المنصة.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or permission was refused.</source>
        <translation>أُلغي تسجيل الدخول أو رُفض منح الإذن.</translation>
    </message>
    <message>
        <source>The platform&apos;s sign-in service had a problem. Try again.</source>
        <translation>واجهت خدمة تسجيل الدخول في المنصة مشكلة. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The platform&apos;s sign-in service is temporarily unavailable. Try again.</source>
        <translation>خدمة تسجيل الدخول في المنصة غير متاحة مؤقتًا. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt and was ignored. Sign in again.</source>
        <translation>تم تجاهل رد تسجيل الدخول لأنه لا يخص محاولة تسجيل الدخول هذه. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Sign-in took too long and was stopped. Sign in again.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا جدًا فأُوقف. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>You are not signed in to the platform.</source>
        <translation>لم تسجّل الدخول إلى المنصة.</translation>
    </message>
    <message>
        <source>The platform refused the upload request.</source>
        <translation>رفضت المنصة طلب الرفع.</translation>
    </message>
    <message>
        <source>The upload link has expired. The upload must be started again.</source>
        <translation>انتهت صلاحية رابط الرفع. يجب بدء الرفع من جديد.</translation>
    </message>
    <message>
        <source>The platform no longer knows this upload. It must be started again.</source>
        <translation>لم تعُد المنصة تتعرّف على عملية الرفع هذه. يجب بدؤها من جديد.</translation>
    </message>
    <message>
        <source>The platform has a different part of the video than expected. Montaj will resume from there.</source>
        <translation>ما تلقّته المنصة من الفيديو يختلف عمّا كان متوقعًا. سيستأنف مونتاج الرفع من تلك النقطة.</translation>
    </message>
    <message>
        <source>The upload server had a temporary problem. Montaj will try again.</source>
        <translation>واجه خادم الرفع مشكلة مؤقتة. سيحاول مونتاج مرة أخرى.</translation>
    </message>
    <message>
        <source>The video file changed since the upload started. The upload must be started again.</source>
        <translation>تغيّر ملف الفيديو منذ بدء الرفع. يجب بدء الرفع من جديد.</translation>
    </message>
    <message>
        <source>The platform could not read the video&apos;s format. Export it as MP4 (H.264).</source>
        <translation>تعذّر على المنصة قراءة تنسيق الفيديو. صدّره بتنسيق MP4 (H.264).</translation>
    </message>
    <message>
        <source>The video is too long or too short for this account.</source>
        <translation>مدة الفيديو أطول أو أقصر مما يُسمح به لهذا الحساب.</translation>
    </message>
    <message>
        <source>The video&apos;s frame rate is not accepted (23 to 60 frames per second).</source>
        <translation>معدل إطارات الفيديو غير مقبول (المسموح من 23 إلى 60 إطارًا في الثانية).</translation>
    </message>
    <message>
        <source>The video&apos;s picture size is not accepted (360 to 4096 pixels on each side).</source>
        <translation>أبعاد صورة الفيديو غير مقبولة (المسموح من 360 إلى 4096 بكسل لكل ضلع).</translation>
    </message>
    <message>
        <source>The platform failed to process the video. Montaj will try again.</source>
        <translation>فشلت المنصة في معالجة الفيديو. سيحاول مونتاج مرة أخرى.</translation>
    </message>
    <message>
        <source>The platform could not download the video from its address.</source>
        <translation>تعذّر على المنصة تنزيل الفيديو من عنوانه.</translation>
    </message>
    <message>
        <source>The post was cancelled.</source>
        <translation>أُلغي النشر.</translation>
    </message>
    <message>
        <source>Montaj&apos;s access to the account was removed. Sign in again.</source>
        <translation>أُلغي وصول مونتاج إلى الحساب. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The platform flagged the post&apos;s text. Change the caption and try again.</source>
        <translation>اعترضت المنصة على نص المنشور. عدّل الوصف وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The platform refused the post as a spam risk.</source>
        <translation>رفضت المنصة المنشور لاشتباهها في أنه محتوى مزعج.</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>لم تستجب المنصة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The platform could not be reached. Check the internet connection.</source>
        <translation>تعذّر الاتصال بالمنصة. تحقّق من الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>The platform&apos;s secure connection could not be verified.</source>
        <translation>تعذّر التحقق من الاتصال الآمن بالمنصة.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>The platform sent an answer Montaj does not understand.</source>
        <translation>أرسلت المنصة ردًّا لا يفهمه مونتاج.</translation>
    </message>
    <message>
        <source>The video file could not be read.</source>
        <translation>تعذّرت قراءة ملف الفيديو.</translation>
    </message>
    <message>
        <source>Montaj cannot send this request.</source>
        <translation>لا يستطيع مونتاج إرسال هذا الطلب.</translation>
    </message>
    <message>
        <source>The platform could not download a photo from its address.</source>
        <translation>تعذّر على المنصة تنزيل صورة من عنوانها.</translation>
    </message>
</context>
<context>
    <name>PlatformProfile</name>
    <message>
        <source>There is no platform profile called “%1”.</source>
        <translation>لا يوجد ملف تعريف منصة باسم «%1».</translation>
    </message>
    <message>
        <source>The platform profile “%1” cannot be read.</source>
        <translation>تعذّرت قراءة ملف تعريف المنصة «%1».</translation>
    </message>
    <message>
        <source>The platform profile is invalid (field “%1”).</source>
        <translation>ملف تعريف المنصة غير صالح (الحقل «%1»).</translation>
    </message>
    <message>
        <source>The platform profile “%1” needs a server address.</source>
        <translation>يحتاج ملف تعريف المنصة «%1» إلى عنوان خادم.</translation>
    </message>
    <message>
        <source>A platform address must use HTTPS (plain HTTP only on this computer).</source>
        <translation>يجب أن يستخدم عنوان المنصة HTTPS (ولا يُسمح باستخدام HTTP العادي إلا على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>TikTok (US)</source>
        <translation>TikTok (الولايات المتحدة)</translation>
    </message>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>بيئة التجربة (على هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source>Choose who can see the post.</source>
        <translation>اختر من يمكنه مشاهدة المنشور.</translation>
    </message>
    <message>
        <source>This account cannot post with the chosen visibility. Choose another one.</source>
        <translation>لا يمكن لهذا الحساب النشر بمستوى الظهور المختار. اختر مستوى آخر.</translation>
    </message>
    <message>
        <source>The caption is too long: %1 characters, at most %2.</source>
        <translation>الوصف طويل جدًا: عدد أحرفه %1، والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>Branded content cannot be posted with “only me” visibility.</source>
        <translation>لا يمكن نشر المحتوى الممول بمستوى الظهور «أنا فقط».</translation>
    </message>
    <message>
        <source>This account has turned off comments, duets or stitches; they cannot be allowed on this post.</source>
        <translation>عطّل هذا الحساب التعليقات أو الديو أو الستيتش؛ لذا لا يمكن السماح بها في هذا المنشور.</translation>
    </message>
    <message>
        <source>The platform only fetches videos from HTTPS addresses.</source>
        <translation>لا تجلب المنصة الفيديوهات إلا من عناوين HTTPS.</translation>
    </message>
    <message>
        <source>The video is larger than the platform accepts (at most %1 bytes).</source>
        <translation>حجم الفيديو أكبر مما تقبله المنصة (%1 بايت على الأكثر).</translation>
    </message>
    <message>
        <source>The upload&apos;s chunk sizes do not follow the platform&apos;s rules.</source>
        <translation>أحجام أجزاء الرفع لا تتوافق مع قواعد المنصة.</translation>
    </message>
    <message>
        <source>The platform only fetches media from HTTPS addresses.</source>
        <translation>لا تجلب المنصة الوسائط إلا من عناوين HTTPS.</translation>
    </message>
    <message>
        <source>A photo post has from 1 to %1 photos; this one has %2.</source>
        <translation>يضم منشور الصور من 1 إلى %1 صورة؛ وهذا المنشور يضم %2.</translation>
    </message>
    <message>
        <source>Choose one of the post&apos;s photos as its cover.</source>
        <translation>اختر إحدى صور المنشور غلافًا له.</translation>
    </message>
    <message>
        <source>The title is too long: %1 characters, at most %2.</source>
        <translation>العنوان طويل جدًا: %1 حرفًا، والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>The description is too long: %1 characters, at most %2.</source>
        <translation>الوصف طويل جدًا: %1 حرفًا، والحد الأقصى %2.</translation>
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
    <name>SandboxStore</name>
    <message>
        <source>The sandbox could not open its state database: %1</source>
        <translation>تعذّر على بيئة التجربة فتح قاعدة بيانات حالتها: %1</translation>
    </message>
    <message>
        <source>The sandbox could not prepare its state database: %1</source>
        <translation>تعذّر على بيئة التجربة تهيئة قاعدة بيانات حالتها: %1</translation>
    </message>
</context>
<context>
    <name>ScopeReport</name>
    <message>
        <source>posting videos directly to your account</source>
        <translation>نشر الفيديوهات مباشرة في حسابك</translation>
    </message>
    <message>
        <source>sending videos to your inbox as drafts</source>
        <translation>إرسال الفيديوهات كمسودات إلى صندوق الوارد لديك</translation>
    </message>
    <message>
        <source>your video history and reach calibration</source>
        <translation>الاطلاع على سجل فيديوهاتك ومعايرة الوصول</translation>
    </message>
    <message>
        <source>follower and like counts</source>
        <translation>عرض أعداد المتابعين والإعجابات</translation>
    </message>
    <message>
        <source>your profile details</source>
        <translation>الاطلاع على تفاصيل ملفك الشخصي</translation>
    </message>
    <message>
        <source>You did not allow %1. Everything Montaj does will still work.</source>
        <translation>لم تسمح بـ%1. ستظل جميع وظائف مونتاج تعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>You did not allow %1, so these will not work: %2. Sign in again and allow them to use these features.</source>
        <translation>لم تسمح بـ%1، لذا لن تعمل الميزات التالية: %2. سجّل الدخول مجددًا وامنح هذه الأذونات لتتمكن من استخدامها.</translation>
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
    <name>UploadState</name>
    <message>
        <source>The saved upload cannot be resumed: its record is damaged.</source>
        <translation>تعذّر استئناف عملية الرفع المحفوظة: سجلّها تالف.</translation>
    </message>
    <message>
        <source>The upload&apos;s progress cannot be saved: %1</source>
        <translation>تعذّر حفظ تقدّم الرفع: %1</translation>
    </message>
    <message>
        <source>There is no saved upload to resume.</source>
        <translation>لا توجد عملية رفع محفوظة لاستئنافها.</translation>
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
    <name>montaj::KeychainTokenStore</name>
    <message>
        <source>The sign-in could not be removed from the system keychain.</source>
        <translation>تعذّرت إزالة تسجيل الدخول من سلسلة مفاتيح النظام.</translation>
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
    <name>montaj::OAuthLoopbackListener</name>
    <message>
        <source>Montaj cannot receive the sign-in answer: port %1 on this computer is not available.</source>
        <translation>لا يستطيع مونتاج استلام رد تسجيل الدخول: المنفذ %1 على هذا الحاسوب غير متاح.</translation>
    </message>
    <message>
        <source>Montaj</source>
        <translation>مونتاج</translation>
    </message>
    <message>
        <source>This address only receives Montaj&apos;s sign-in answer.</source>
        <translation>يقتصر هذا العنوان على استلام رد تسجيل الدخول الخاص بمونتاج.</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>لم يكتمل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in to Montaj</source>
        <translation>تم تسجيل الدخول إلى مونتاج</translation>
    </message>
    <message>
        <source>You can close this tab and return to Montaj.</source>
        <translation>يمكنك إغلاق علامة التبويب هذه والعودة إلى مونتاج.</translation>
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
    <name>montaj::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>بيئة التجربة قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>Unknown token profile “%1”: use “long” or “rotating”.</source>
        <translation>ملف تعريف رموز الوصول «%1» غير معروف: استخدم «long» أو «rotating».</translation>
    </message>
    <message>
        <source>The sandbox could not create a temporary folder for its state.</source>
        <translation>تعذّر على بيئة التجربة إنشاء مجلد مؤقت لحالتها.</translation>
    </message>
    <message>
        <source>The sandbox could not create its state folder.</source>
        <translation>تعذّر على بيئة التجربة إنشاء مجلد حالتها.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1:%1: %2</source>
        <translation>تعذّر على بيئة التجربة الاستماع على 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>The sandbox could not create its demo world.</source>
        <translation>تعذّر على بيئة التجربة إنشاء عالمها التوضيحي.</translation>
    </message>
</context>
<context>
    <name>montaj::TikTokApi</name>
    <message>
        <source>The addresses of the platform profile “%1” are not configured yet.</source>
        <translation>لم تُضبط عناوين ملف تعريف المنصة «%1» بعد.</translation>
    </message>
    <message>
        <source>No app client key is configured for this platform.</source>
        <translation>لم يُضبط مفتاح عميل التطبيق لهذه المنصة.</translation>
    </message>
    <message>
        <source>The sign-in return address must be on this computer (127.0.0.1) with a port.</source>
        <translation>يجب أن يكون عنوان العودة بعد تسجيل الدخول على هذا الحاسوب (127.0.0.1) مع رقم منفذ.</translation>
    </message>
    <message>
        <source>At most %1 videos can be looked up at once.</source>
        <translation>لا يمكن الاستعلام عن أكثر من %1 فيديو في المرة الواحدة.</translation>
    </message>
</context>
<context>
    <name>montaj::TikTokCampaignsApi</name>
    <message>
        <source>This campaign is not available to your account any more.</source>
        <translation>لم تعد هذه الحملة متاحة لحسابك.</translation>
    </message>
    <message>
        <source>The invitation has expired and can no longer be accepted or declined.</source>
        <translation>انتهت صلاحية الدعوة ولم يعد ممكنًا قبولها أو رفضها.</translation>
    </message>
    <message>
        <source>The campaign has moved on since you last looked. Refresh it and try again.</source>
        <translation>تغيّرت حالة الحملة منذ آخر مرة اطّلعت عليها. حدّثها ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>montaj::TokenStore</name>
    <message>
        <source>Sign-ins are kept in the system keychain.</source>
        <translation>تُحفظ بيانات تسجيل الدخول في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in is kept only until Montaj closes. You will need to sign in again next time.</source>
        <translation>لا تتوفر سلسلة مفاتيح النظام، لذا لن يُحفظ تسجيل دخولك إلا حتى إغلاق مونتاج. ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so your sign-in is kept only until Montaj closes.</source>
        <translation>تعذّر استخدام سلسلة مفاتيح النظام، لذا لن يُحفظ تسجيل دخولك إلا حتى إغلاق مونتاج.</translation>
    </message>
    <message>
        <source>Sign-ins are kept only until Montaj closes.</source>
        <translation>لا تُحفظ بيانات تسجيل الدخول إلا حتى إغلاق مونتاج.</translation>
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
    <message>
        <source>The port to listen on at 127.0.0.1 (0 picks a free one).</source>
        <translation>المنفذ المراد الاستماع عليه في 127.0.0.1 (القيمة 0 تختار منفذًا متاحًا).</translation>
    </message>
    <message>
        <source>The folder that keeps the sandbox&apos;s accounts, tokens and videos.</source>
        <translation>المجلد الذي يحفظ حسابات بيئة التجربة ورموز الوصول والفيديوهات.</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. “latency=50ms;http_429=0.1;reset_mid_chunk=0.2”.</source>
        <translation>الأعطال المراد حقنها، مثل «latency=50ms;http_429=0.1;reset_mid_chunk=0.2».</translation>
    </message>
    <message>
        <source>Approve sign-ins at once instead of showing the consent page.</source>
        <translation>وافق على عمليات تسجيل الدخول فورًا بدلًا من عرض صفحة الموافقة.</translation>
    </message>
    <message>
        <source>Run the platform sandbox: the TikTok-shaped API on 127.0.0.1, with persistent state, until interrupted (Ctrl+C).</source>
        <translation>شغّل بيئة تجربة المنصة: واجهة برمجة تطبيقات على نمط TikTok على 127.0.0.1، مع حالة دائمة، حتى تتم مقاطعتها (Ctrl+C).</translation>
    </message>
    <message>
        <source>montajctl sandbox: unexpected argument “%1”.</source>
        <translation>montajctl sandbox: وسيطة غير متوقعة «%1».</translation>
    </message>
    <message>
        <source>montajctl sandbox: --port takes a number from 0 to 65535.</source>
        <translation>montajctl sandbox: يقبل --port رقمًا من 0 إلى 65535.</translation>
    </message>
    <message>
        <source>Run the platform sandbox on 127.0.0.1 until interrupted</source>
        <translation>شغّل بيئة تجربة المنصة على 127.0.0.1 حتى تتم مقاطعتها</translation>
    </message>
</context>
<context>
    <name>montaj::ui::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Link an account</source>
        <translation>اربط حسابًا</translation>
    </message>
    <message>
        <source>Use my TikTok app…</source>
        <translation>استخدم تطبيقي على TikTok…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>جارٍ تشغيل بيئة التجربة…</translation>
    </message>
    <message>
        <source>Platform: the sandbox, a practice platform on this computer. Nothing you post leaves it.</source>
        <translation>المنصة: بيئة التجربة، منصة للتدريب على هذا الحاسوب. لا يغادره شيء مما تنشره.</translation>
    </message>
    <message>
        <source>Platform: TikTok, with your own app.</source>
        <translation>المنصة: TikTok، عبر تطبيقك الخاص.</translation>
    </message>
    <message>
        <source>Waiting for the browser: approve Montaj in the page that opened.</source>
        <translation>في انتظار المتصفح: وافق على مونتاج في الصفحة التي فُتحت.</translation>
    </message>
    <message>
        <source>No account is linked.</source>
        <translation>لا يوجد حساب مرتبط.</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>الحساب المرتبط: %1</translation>
    </message>
    <message>
        <source>Montaj may use everything it asked for.</source>
        <translation>يستطيع مونتاج استخدام كل ما طلبه.</translation>
    </message>
    <message>
        <source>Use my TikTok app</source>
        <translation>استخدم تطبيقي على TikTok</translation>
    </message>
    <message>
        <source>Register a desktop app on TikTok for Developers with the redirect address http://127.0.0.1/callback/ and enter its client key and secret. The secret is kept only while Montaj runs.</source>
        <translation>سجّل تطبيق سطح مكتب في TikTok for Developers بعنوان إعادة التوجيه http://127.0.0.1/callback/ ثم أدخل مفتاح العميل والسر الخاصين به. لا يُحتفظ بالسر إلا أثناء تشغيل مونتاج.</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>مفتاح العميل:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>سر العميل:</translation>
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
    <message>
        <source>Sandbox: practice platform on this computer</source>
        <translation>بيئة التجربة: منصة تدريب على هذا الحاسوب</translation>
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
