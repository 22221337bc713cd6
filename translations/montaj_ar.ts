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
        <name>AssFormat</name>
        <message>
            <source>Embedded fonts and pictures are ignored.</source>
            <translation>تُتجاهَل الخطوط والصور المضمّنة.</translation>
        </message>
        <message>
            <source>The section [%1] is ignored.</source>
            <translation>يُتجاهَل القسم [%1].</translation>
        </message>
        <message>
            <source>Text before the first [section] is ignored.</source>
            <translation>يُتجاهَل النص الذي يسبق أول [قسم].</translation>
        </message>
        <message>
            <source>A line that is not “Name: value” was ignored.</source>
            <translation>تم تجاهل سطر ليس بالصيغة «الاسم: القيمة».</translation>
        </message>
        <message>
            <source>A Style line has fewer fields than its Format line; it was ignored.</source>
            <translation>يحتوي سطر Style على حقول أقل من سطر Format الخاص به؛ لذا تم تجاهله.</translation>
        </message>
        <message>
            <source>The [Events] Format line must name Start and End and end with Text.</source>
            <translation>يجب أن يذكر سطر Format في القسم [Events] الحقلين Start وEnd وأن ينتهي بالحقل Text.</translation>
        </message>
        <message>
            <source>Picture, Sound, Movie and Command events are ignored.</source>
            <translation>تُتجاهَل أحداث Picture وSound وMovie وCommand.</translation>
        </message>
        <message>
            <source>The [Events] section has no Format line; the standard field order is used.</source>
            <translation>لا يحتوي القسم [Events] على سطر Format؛ لذا يُستخدم الترتيب القياسي للحقول.</translation>
        </message>
        <message>
            <source>This Dialogue line has fewer fields than the Format line (line %1) names.</source>
            <translation>يحتوي سطر Dialogue هذا على حقول أقل مما يذكره سطر Format (السطر %1).</translation>
        </message>
        <message>
            <source>Cannot read the Start or End time of this Dialogue line (expected 0:00:01.00).</source>
            <translation>تعذّرت قراءة وقت Start أو End في سطر Dialogue هذا (الصيغة المتوقعة 0:00:01.00).</translation>
        </message>
        <message>
            <source>The Dialogue line ends before it starts.</source>
            <translation>ينتهي سطر Dialogue قبل أن يبدأ.</translation>
        </message>
        <message>
            <source>Override tags such as {\i1} or {\pos(…)} were removed.</source>
            <translation>أُزيلت وسوم التجاوز مثل {\i1} أو {\pos(…)}.</translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>تم تخطّي سطر ترجمة بلا نص.</translation>
        </message>
        <message>
            <source>This is not an ASS/SSA script: it has no [Script Info] or [Events] section.</source>
            <translation>هذا ليس ملف ASS/SSA: لا يحتوي على القسم [Script Info] ولا على القسم [Events].</translation>
        </message>
        <message numerus="yes">
            <source>The script uses %n style(s); a track has one style, so “%1” is used for every cue.</source>
            <translation>
                <numerusform>لا يستخدم الملف أي نمط؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
                <numerusform>يستخدم الملف نمطًا واحدًا؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
                <numerusform>يستخدم الملف نمطين؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
                <numerusform>يستخدم الملف %Ln أنماط؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
                <numerusform>يستخدم الملف %Ln نمطًا؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
                <numerusform>يستخدم الملف %Ln نمط؛ وللمسار نمط واحد، لذا يُستخدم «%1» لكل أسطر الترجمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The style “%1” is not defined; Montaj's default style is used.</source>
            <translation>النمط «%1» غير معرَّف؛ لذا يُستخدم النمط الافتراضي لمونتاج.</translation>
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
        <name>AudioOutput</name>
        <message>
            <source>There is no sound output device.</source>
            <translation>لا يوجد جهاز لإخراج الصوت.</translation>
        </message>
        <message>
            <source>The sound output does not accept %1 Hz stereo.</source>
            <translation>لا يقبل مخرج الصوت الاستريو بتردد %1 Hz.</translation>
        </message>
        <message>
            <source>The sound output could not start.</source>
            <translation>تعذّر بدء مخرج الصوت.</translation>
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
        <name>BlurFilter</name>
        <message>
            <source>Radius (pixels)</source>
            <translation>نصف القطر (بكسل)</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>التمويه</translation>
        </message>
    </context>
    <context>
        <name>CaptionChecks</name>
        <message>
            <source>%L1 characters per second; the limit is %L2.</source>
            <translation>%L1 حرف في الثانية؛ والحد الأقصى %L2.</translation>
        </message>
        <message>
            <source>Line %1 has %2 characters; the limit is %3.</source>
            <translation>عدد أحرف السطر %1 هو %2؛ والحد الأقصى %3.</translation>
        </message>
        <message>
            <source>Shown for %L1 s; at least %L2 s is needed to read it.</source>
            <translation>يُعرض لمدة %L1 ثانية؛ وتلزم %L2 ثانية على الأقل لقراءته.</translation>
        </message>
        <message>
            <source>Shown for %L1 s; the limit is %L2 s.</source>
            <translation>يُعرض لمدة %L1 ثانية؛ والحد الأقصى %L2 ثانية.</translation>
        </message>
        <message>
            <source>Runs %L1 s into the next cue.</source>
            <translation>يتداخل مع سطر الترجمة التالي بمقدار %L1 ثانية.</translation>
        </message>
    </context>
    <context>
        <name>CaptionEdits</name>
        <message>
            <source>There is no cue %1.</source>
            <translation>لا يوجد سطر ترجمة رقمه %1.</translation>
        </message>
        <message>
            <source>A cue can only be split at a time inside it.</source>
            <translation>لا يمكن تقسيم سطر ترجمة إلا عند لحظة تقع داخله.</translation>
        </message>
    </context>
    <context>
        <name>CaptionFile</name>
        <message>
            <source>“%1” is not a caption file Montaj reads (SubRip .srt, WebVTT .vtt, ASS/SSA .ass).</source>
            <translation>«%1» ليس ملف ترجمة يستطيع مونتاج قراءته (SubRip .srt أو WebVTT .vtt أو ASS/SSA .ass).</translation>
        </message>
        <message>
            <source>The file is named like %1 but holds %2; it was read as %2.</source>
            <translation>يوحي اسم الملف بصيغة %1 لكنه يحتوي على %2؛ لذا قُرئ بصيغة %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte sequence(s) were not valid %1 and were replaced by “�”.</source>
            <translation>
                <numerusform>لم يُستبدَل بـ«�» أي تسلسل بايتات غير صالح بترميز %1.</numerusform>
                <numerusform>استُبدل بـ«�» تسلسل بايتات واحد غير صالح بترميز %1.</numerusform>
                <numerusform>استُبدل بـ«�» تسلسلا بايتات غير صالحين بترميز %1.</numerusform>
                <numerusform>استُبدلت بـ«�» %Ln تسلسلات بايتات غير صالحة بترميز %1.</numerusform>
                <numerusform>استُبدل بـ«�» %Ln تسلسلًا من البايتات غير صالح بترميز %1.</numerusform>
                <numerusform>استُبدل بـ«�» %Ln تسلسل بايتات غير صالح بترميز %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>تعذّرت قراءة «%1»: %2</translation>
        </message>
        <message>
            <source>“%1” is too large for a caption file (%2 MB at most).</source>
            <translation>«%1» أكبر من أن يكون ملف ترجمة (%2 MB على الأكثر).</translation>
        </message>
        <message>
            <source>Cannot tell the caption format from “%1”: name it .srt, .vtt or .ass.</source>
            <translation>تعذّر تحديد صيغة الترجمة من «%1»: اجعل امتداده .srt أو .vtt أو .ass.</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>تعذّرت الكتابة إلى «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>CaptionFileActions</name>
        <message>
            <source>Import captions</source>
            <translation>استيراد الترجمة النصية</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %3): %n caption(s) imported</source>
            <translation>
                <numerusform>%1 (%2، %3): لم يُستورد أي سطر ترجمة</numerusform>
                <numerusform>%1 (%2، %3): استُورد سطر ترجمة واحد</numerusform>
                <numerusform>%1 (%2، %3): استُورد سطرا ترجمة</numerusform>
                <numerusform>%1 (%2، %3): استُوردت %Ln أسطر ترجمة</numerusform>
                <numerusform>%1 (%2، %3): استُورد %Ln سطر ترجمة</numerusform>
                <numerusform>%1 (%2، %3): استُورد %Ln سطر ترجمة</numerusform>
            </translation>
        </message>
        <message>
            <source>text</source>
            <translation>نص</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>بلا تحذيرات</numerusform>
                <numerusform>تحذير واحد</numerusform>
                <numerusform>تحذيران</numerusform>
                <numerusform>%Ln تحذيرات</numerusform>
                <numerusform>%Ln تحذيرًا</numerusform>
                <numerusform>%Ln تحذير</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>The project has no captions to export.</source>
            <translation>لا توجد في المشروع ترجمة نصية لتصديرها.</translation>
        </message>
        <message>
            <source>Caption files (*.srt *.vtt *.ass *.ssa);;All files (*)</source>
            <translation>ملفات الترجمة (*.srt *.vtt *.ass *.ssa);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>SubRip (*.srt);;WebVTT (*.vtt);;Advanced SubStation Alpha (*.ass)</source>
            <translation>SubRip (*.srt);;WebVTT (*.vtt);;Advanced SubStation Alpha (*.ass)</translation>
        </message>
    </context>
    <context>
        <name>CaptionParseContext</name>
        <message>
            <source>The cues are not in time order; they were sorted by start time.</source>
            <translation>أسطر الترجمة ليست مرتّبة زمنيًا؛ لذا رُتّبت حسب وقت البداية.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (and %n more line(s) like this)</source>
            <translation>
                <numerusform>%1 (دون أسطر أخرى مماثلة)</numerusform>
                <numerusform>%1 (وسطر آخر مماثل)</numerusform>
                <numerusform>%1 (وسطران آخران مماثلان)</numerusform>
                <numerusform>%1 (و%Ln أسطر أخرى مماثلة)</numerusform>
                <numerusform>%1 (و%Ln سطرًا آخر مماثلًا)</numerusform>
                <numerusform>%1 (و%Ln سطر آخر مماثل)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more warning(s) not shown.</source>
            <translation>
                <numerusform>لا توجد تحذيرات أخرى غير معروضة.</numerusform>
                <numerusform>تحذير آخر واحد غير معروض.</numerusform>
                <numerusform>تحذيران آخران غير معروضين.</numerusform>
                <numerusform>%Ln تحذيرات أخرى غير معروضة.</numerusform>
                <numerusform>%Ln تحذيرًا آخر غير معروض.</numerusform>
                <numerusform>%Ln تحذير آخر غير معروض.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptionRules</name>
        <message>
            <source>The caption is too long: %1 characters, at most %2.</source>
            <translation>الوصف طويل جدًا: عدد أحرفه %1، والحد الأقصى %2.</translation>
        </message>
        <message>
            <source>The caption has %1 hashtags; the platform links at most %2, the others stay plain text.</source>
            <translation>يحتوي الوصف على %1 من الوسوم؛ لا تربط المنصة إلا %2 منها على الأكثر، ويبقى الباقي نصًا عاديًا.</translation>
        </message>
        <message>
            <source>The caption mentions %1 accounts; the platform links at most %2, the others stay plain text.</source>
            <translation>يشير الوصف إلى %1 من الحسابات؛ لا تربط المنصة إلا %2 منها على الأكثر، ويبقى الباقي نصًا عاديًا.</translation>
        </message>
        <message>
            <source>The title is too long: %1 characters, at most %2.</source>
            <translation>العنوان طويل جدًا: %1 حرفًا، والحد الأقصى %2.</translation>
        </message>
    </context>
    <context>
        <name>CaptionText</name>
        <message>
            <source>Unknown text encoding “%1”. Try UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252 or ISO-8859-1.</source>
            <translation>ترميز نص غير معروف «%1». جرّب UTF-8 أو UTF-16LE أو UTF-16BE أو windows-1256 أو windows-1252 أو ISO-8859-1.</translation>
        </message>
    </context>
    <context>
        <name>ChromaKeyFilter</name>
        <message>
            <source>Key colour</source>
            <translation>لون المفتاح</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>التشابه</translation>
        </message>
        <message>
            <source>Edge softness</source>
            <translation>نعومة الحواف</translation>
        </message>
        <message>
            <source>Spill suppression</source>
            <translation>إزالة انسكاب اللون</translation>
        </message>
        <message>
            <source>Background colour</source>
            <translation>لون الخلفية</translation>
        </message>
        <message>
            <source>The chroma key's background image cannot be read.</source>
            <translation>تعذّرت قراءة صورة خلفية مفتاح الكروما.</translation>
        </message>
        <message>
            <source>Chroma key</source>
            <translation>مفتاح الكروما</translation>
        </message>
        <message>
            <source>Background image or clip</source>
            <translation>صورة أو مقطع للخلفية</translation>
        </message>
        <message>
            <source>The chroma key's background does not exist.</source>
            <translation>خلفية المفتاح اللوني غير موجودة.</translation>
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
            <source>The upload's chunk sizes do not follow the platform's rules.</source>
            <translation>أحجام أجزاء الرفع لا تتوافق مع قواعد المنصة.</translation>
        </message>
    </context>
    <context>
        <name>ComplianceCheck</name>
        <message>
            <source>Rules for %1</source>
            <translation>قواعد %1</translation>
        </message>
        <message>
            <source>Montaj has no rules for “%1”; check its disclosure rules yourself.</source>
            <translation>لا يملك مونتاج قواعد لـ«%1»؛ تحقّق بنفسك من قواعد الإفصاح فيها.</translation>
        </message>
        <message>
            <source>Category allowed (%1)</source>
            <translation>الفئة مسموح بها (%1)</translation>
        </message>
        <message>
            <source>“%1” cannot be promoted to an audience in %2.</source>
            <translation>لا يمكن الترويج لـ«%1» لدى جمهور في %2.</translation>
        </message>
        <message>
            <source>Remove %1 from the deal's audiences or decline the deal.</source>
            <translation>أزل %1 من جماهير الصفقة أو ارفض الصفقة.</translation>
        </message>
        <message>
            <source>“Branded content” turned on (Paid partnership)</source>
            <translation>«محتوى العلامة التجارية» مفعّل (شراكة مدفوعة)</translation>
        </message>
        <message>
            <source>This post is part of a brand deal: turn on “Branded content” so the platform shows “Paid partnership”.</source>
            <translation>هذا المنشور جزء من صفقة مع علامة تجارية: فعّل «محتوى العلامة التجارية» لتعرض المنصة «شراكة مدفوعة».</translation>
        </message>
        <message>
            <source>In the post's disclosure, choose “Branded content”.</source>
            <translation>في الإفصاح عن محتوى المنشور، اختر «محتوى العلامة التجارية».</translation>
        </message>
        <message>
            <source>“Your brand” turned on (Promotional content)</source>
            <translation>«علامتك التجارية» مفعّل (محتوى ترويجي)</translation>
        </message>
        <message>
            <source>This post promotes your own brand: turn on “Your brand” so the platform shows “Promotional content”.</source>
            <translation>يروّج هذا المنشور لعلامتك التجارية الخاصة: فعّل «علامتك التجارية» لتعرض المنصة «محتوى ترويجي».</translation>
        </message>
        <message>
            <source>In the post's disclosure, choose “Your brand”.</source>
            <translation>في الإفصاح عن محتوى المنشور، اختر «علامتك التجارية».</translation>
        </message>
        <message>
            <source>Branded content is not private</source>
            <translation>محتوى العلامة التجارية ليس خاصًا</translation>
        </message>
        <message>
            <source>Branded content cannot be posted as “Only me”.</source>
            <translation>لا يمكن نشر محتوى العلامة التجارية بمستوى الظهور «أنا فقط».</translation>
        </message>
        <message>
            <source>Choose another audience for the post.</source>
            <translation>اختر جمهورًا آخر للمنشور.</translation>
        </message>
        <message>
            <source>Labelled as AI-generated</source>
            <translation>مُصنَّف على أنه مُنشأ بالذكاء الاصطناعي</translation>
        </message>
        <message>
            <source>This deliverable contains AI-generated content: turn on “AI-generated content”.</source>
            <translation>يحتوي هذا المُخرَج على محتوى مُنشأ بالذكاء الاصطناعي: فعّل «محتوى مُنشأ بالذكاء الاصطناعي».</translation>
        </message>
        <message>
            <source>In the post's disclosure, turn on “AI-generated content”.</source>
            <translation>في الإفصاح عن محتوى المنشور، فعّل «محتوى مُنشأ بالذكاء الاصطناعي».</translation>
        </message>
        <message>
            <source>Caption starts with a disclosure (%1)</source>
            <translation>يبدأ الوصف بعبارة إفصاح (%1)</translation>
        </message>
        <message>
            <source>Start the caption with %1.</source>
            <translation>ابدأ الوصف بـ%1.</translation>
        </message>
        <message>
            <source>For %1, “%2” is in the caption but not at its start, where people see it first.</source>
            <translation>في %1، ترد «%2» في الوصف ولكن ليس في بدايته، حيث يراها الناس أولًا.</translation>
        </message>
        <message>
            <source>For %1, “%2” is not a clear enough disclosure. Start the caption with one of: %3.</source>
            <translation>في %1، لا تُعد «%2» عبارة إفصاح واضحة بما يكفي. ابدأ الوصف بإحدى العبارات التالية: %3.</translation>
        </message>
        <message>
            <source>For %1, the caption must start with one of: %2.</source>
            <translation>في %1، يجب أن يبدأ الوصف بإحدى العبارات التالية: %2.</translation>
        </message>
        <message>
            <source>“%1” shown on the video the whole time (%2)</source>
            <translation>«%1» ظاهرة على الفيديو طوال مدته (%2)</translation>
        </message>
        <message>
            <source>The project has no video yet, so “%1” cannot be checked.</source>
            <translation>لا يحتوي المشروع على فيديو بعد، لذا يتعذّر التحقق من «%1».</translation>
        </message>
        <message>
            <source>For %1, the video must show “%2” from start to end.</source>
            <translation>في %1، يجب أن يعرض الفيديو «%2» من البداية حتى النهاية.</translation>
        </message>
        <message>
            <source>For %1, “%2” must stay on screen the whole time; it is missing for %3 s.</source>
            <translation>في %1، يجب أن تبقى «%2» على الشاشة طوال المدة؛ وهي غائبة لمدة %3 ثانية.</translation>
        </message>
        <message>
            <source>Add “%1” to the video in one click.</source>
            <translation>أضف «%1» إلى الفيديو بنقرة واحدة.</translation>
        </message>
        <message>
            <source>For %1, the video must show “%2” from start to end. Confirm it does, or post from a Montaj project so Montaj can check it.</source>
            <translation>في %1، يجب أن يعرض الفيديو «%2» من البداية حتى النهاية. أكّد ذلك، أو انشر من مشروع مونتاج ليتمكن مونتاج من التحقق منه.</translation>
        </message>
        <message>
            <source>Confirm that the video shows “%1” the whole time.</source>
            <translation>أكّد أن الفيديو يعرض «%1» طوال مدته.</translation>
        </message>
        <message>
            <source>For %1, showing “%2” in the video itself is recommended.</source>
            <translation>في %1، يُوصى بعرض «%2» داخل الفيديو نفسه.</translation>
        </message>
        <message>
            <source>The video was retouched (beauty or face filters): for %1 it must show “%2” the whole time.</source>
            <translation>عُدّل الفيديو (بمرشّحات التجميل أو الوجه): في %1 يجب أن يعرض «%2» طوال مدته.</translation>
        </message>
        <message>
            <source>The video shows AI-generated people or scenes: for %1 it must show “%2” the whole time.</source>
            <translation>يعرض الفيديو أشخاصًا أو مشاهد مُنشأة بالذكاء الاصطناعي: في %1 يجب أن يعرض «%2» طوال مدته.</translation>
        </message>
        <message>
            <source>Written contract signed (%1)</source>
            <translation>عقد مكتوب موقَّع (%1)</translation>
        </message>
        <message>
            <source>For %1, this advertiser pays %2 this year (the threshold is %3): a signed written contract is required before posting.</source>
            <translation>في %1، يدفع لك هذا المعلن %2 هذا العام (والحد %3): يلزم عقد مكتوب موقَّع قبل النشر.</translation>
        </message>
        <message>
            <source>Attach the signed contract to the deal and mark it as signed.</source>
            <translation>أرفق العقد الموقَّع بالصفقة وحدّده على أنه موقَّع.</translation>
        </message>
        <message>
            <source>Amounts counted toward the contract threshold (%1)</source>
            <translation>المبالغ المحتسبة ضمن حد العقد (%1)</translation>
        </message>
        <message>
            <source>Amounts in %1 were not counted toward the %2 threshold; check them yourself.</source>
            <translation>لم تُحتسب المبالغ بعملة %1 ضمن حد %2؛ تحقّق منها بنفسك.</translation>
        </message>
        <message>
            <source>Hashtags and mentions from the brief</source>
            <translation>الوسوم والإشارات الواردة في الموجز</translation>
        </message>
        <message>
            <source>The brief asks for %1 in the caption.</source>
            <translation>يطلب الموجز %1 في الوصف.</translation>
        </message>
        <message>
            <source>Words the brief rules out</source>
            <translation>كلمات يستبعدها الموجز</translation>
        </message>
        <message>
            <source>The caption says %1, which the brief asks you not to say.</source>
            <translation>يتضمن الوصف %1، وهو ما يطلب الموجز تجنّبه.</translation>
        </message>
    </context>
    <context>
        <name>ComplianceRules</name>
        <message>
            <source>The compliance rules could not be read.</source>
            <translation>تعذّرت قراءة قواعد الامتثال.</translation>
        </message>
        <message>
            <source>The compliance rules file is not valid.</source>
            <translation>ملف قواعد الامتثال غير صالح.</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>الولايات المتحدة</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>المملكة المتحدة</translation>
        </message>
        <message>
            <source>France</source>
            <translation>فرنسا</translation>
        </message>
        <message>
            <source>Beauty and skincare</source>
            <translation>الجمال والعناية بالبشرة</translation>
        </message>
        <message>
            <source>Fashion</source>
            <translation>الأزياء</translation>
        </message>
        <message>
            <source>Food and drink</source>
            <translation>الطعام والمشروبات</translation>
        </message>
        <message>
            <source>Coffee</source>
            <translation>القهوة</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>اللياقة البدنية</translation>
        </message>
        <message>
            <source>Outdoor gear</source>
            <translation>معدات الأنشطة الخارجية</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>التكنولوجيا</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>ألعاب الفيديو</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>السفر</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>الخدمات المالية</translation>
        </message>
        <message>
            <source>Cosmetic surgery and aesthetic medicine</source>
            <translation>الجراحة التجميلية والطب التجميلي</translation>
        </message>
        <message>
            <source>Giving up medical treatment</source>
            <translation>التخلي عن العلاج الطبي</translation>
        </message>
        <message>
            <source>Nicotine products</source>
            <translation>منتجات النيكوتين</translation>
        </message>
        <message>
            <source>E-cigarettes with nicotine</source>
            <translation>السجائر الإلكترونية المحتوية على النيكوتين</translation>
        </message>
        <message>
            <source>Prescription-only medicines</source>
            <translation>الأدوية التي لا تُصرف إلا بوصفة طبية</translation>
        </message>
        <message>
            <source>Wild (non-domestic) animals</source>
            <translation>الحيوانات البرية (غير الأليفة)</translation>
        </message>
        <message>
            <source>Gambling without a licence</source>
            <translation>القمار دون ترخيص</translation>
        </message>
        <message>
            <source>Crypto-assets from unregistered providers</source>
            <translation>أصول مشفّرة من مزوّدين غير مسجّلين</translation>
        </message>
        <message>
            <source>High-risk financial products</source>
            <translation>المنتجات المالية عالية المخاطر</translation>
        </message>
        <message>
            <source>Paid sports betting tips</source>
            <translation>توقعات المراهنات الرياضية المدفوعة</translation>
        </message>
    </context>
    <context>
        <name>ComposerRules</name>
        <message>
            <source>Commercial content is disclosed: choose “Your brand”, “Branded content” or both.</source>
            <translation>تم الإفصاح عن محتوى تجاري: اختر «علامتك التجارية» أو «محتوى العلامة التجارية» أو كليهما.</translation>
        </message>
        <message>
            <source>Choose the account to post to.</source>
            <translation>اختر الحساب الذي تريد النشر عليه.</translation>
        </message>
        <message>
            <source>Choose the video to post.</source>
            <translation>اختر الفيديو الذي تريد نشره.</translation>
        </message>
        <message>
            <source>The video file cannot be found.</source>
            <translation>تعذّر العثور على ملف الفيديو.</translation>
        </message>
        <message>
            <source>Branded content cannot be visible to “Only me”: choose another audience.</source>
            <translation>لا يمكن أن يكون محتوى العلامة التجارية مرئيًا لـ«أنا فقط»: اختر جمهورًا آخر.</translation>
        </message>
        <message>
            <source>The video lasts %1; this account may post videos of at most %2.</source>
            <translation>مدة الفيديو %1؛ ولا يمكن لهذا الحساب نشر فيديوهات تتجاوز مدتها %2.</translation>
        </message>
        <message>
            <source>Choose when to publish.</source>
            <translation>اختر موعد النشر.</translation>
        </message>
        <message>
            <source>Choose a time in the future.</source>
            <translation>اختر وقتًا في المستقبل.</translation>
        </message>
        <message>
            <source>Tick the consent box once you have checked the preview.</source>
            <translation>حدّد مربع الموافقة بعد أن تتحقق من المعاينة.</translation>
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
        <name>ContrastFilter</name>
        <message>
            <source>Contrast</source>
            <translation>التباين</translation>
        </message>
    </context>
    <context>
        <name>ConversionSettings</name>
        <message>
            <source>The creator share must be between 0 % and 100 %.</source>
            <translation>يجب أن تكون حصة صانع المحتوى بين 0٪ و100٪.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>«%1» ليس رمز عملة وفق ISO 4217.</translation>
        </message>
        <message>
            <source>A diamond's value must be more than zero.</source>
            <translation>يجب أن تكون قيمة الماسة أكبر من صفر.</translation>
        </message>
        <message>
            <source>An exchange rate needs two different currencies.</source>
            <translation>يحتاج سعر الصرف إلى عملتين مختلفتين.</translation>
        </message>
        <message>
            <source>An exchange rate must be more than zero.</source>
            <translation>يجب أن يكون سعر الصرف أكبر من صفر.</translation>
        </message>
        <message>
            <source>The amount is too large to compute exactly.</source>
            <translation>المبلغ أكبر من أن يُحسب بدقة.</translation>
        </message>
        <message>
            <source>the earliest gifts</source>
            <translation>أقدم الهدايا</translation>
        </message>
        <message>
            <source>No creator share is set for %1. Add one in the conversion settings.</source>
            <translation>لم تُحدَّد حصة صانع المحتوى لـ%1. أضفها في إعدادات التحويل.</translation>
        </message>
        <message>
            <source>A diamond has no value in %1 for %2. Add a diamond value or an exchange rate in the conversion settings.</source>
            <translation>ليست للماسة قيمة بعملة %1 لـ%2. أضف قيمة للماسة أو سعر صرف في إعدادات التحويل.</translation>
        </message>
    </context>
    <context>
        <name>CreatorCheck</name>
        <message>
            <source>Choose who can see this post, then schedule it again.</source>
            <translation>اختر من يمكنه مشاهدة هذا المنشور، ثم جدوِله مجددًا.</translation>
        </message>
        <message>
            <source>@%1 no longer offers the visibility “%2” (it offers %3). Choose another one and schedule the post again.</source>
            <translation>لم يعُد الحساب @%1 يتيح مستوى الظهور «%2» (المتاح: %3). اختر مستوى آخر وجدوِل المنشور مجددًا.</translation>
        </message>
        <message>
            <source>@%1 has turned comments off: untick “Allow comments” and schedule the post again.</source>
            <translation>عطّل الحساب @%1 التعليقات: ألغِ تحديد «السماح بالتعليقات» وجدوِل المنشور مجددًا.</translation>
        </message>
        <message>
            <source>@%1 has turned duets off: untick “Allow duets” and schedule the post again.</source>
            <translation>عطّل الحساب @%1 الديو: ألغِ تحديد «السماح بالديو» وجدوِل المنشور مجددًا.</translation>
        </message>
        <message>
            <source>@%1 has turned stitches off: untick “Allow stitches” and schedule the post again.</source>
            <translation>عطّل الحساب @%1 الستيتش: ألغِ تحديد «السماح بالستيتش» وجدوِل المنشور مجددًا.</translation>
        </message>
        <message>
            <source>The photo %1 is a file on this computer, but the platform only fetches photos from web addresses (HTTPS) you have verified. Put the photos on your own storage, use their addresses, and schedule the post again.</source>
            <translation>الصورة %1 ملف على هذا الحاسوب، لكن المنصة لا تجلب الصور إلا من عناوين ويب (HTTPS) وثّقتَها. ضع الصور على مساحة تخزين خاصة بك، واستخدم عناوينها، ثم جدوِل المنشور مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
            <translation>الملف ليس نصًا بترميز UTF-8. احفظه من جدول البيانات بصيغة «CSV UTF-8».</translation>
        </message>
        <message>
            <source>A quoted cell that starts on line %1 is never closed.</source>
            <translation>خلية بين علامتي اقتباس تبدأ في السطر %1 لا تُغلق أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>CubeLut</name>
        <message>
            <source>The LUT file cannot be read: %1.</source>
            <translation>تعذّرت قراءة ملف LUT: %1.</translation>
        </message>
        <message>
            <source>A LUT row must hold three numbers; found “%1”.</source>
            <translation>يجب أن يحتوي كل صف في LUT على ثلاثة أعداد؛ وُجد «%1».</translation>
        </message>
        <message>
            <source>LUT_3D_SIZE must be a whole number from %1 to %2 (17, 33 or 65 usually); found “%3”.</source>
            <translation>يجب أن تكون قيمة LUT_3D_SIZE عددًا صحيحًا من %1 إلى %2 (17 أو 33 أو 65 عادةً)؛ وُجد «%3».</translation>
        </message>
        <message>
            <source>%1 must be followed by three numbers.</source>
            <translation>يجب أن تأتي بعد %1 ثلاثة أعداد.</translation>
        </message>
        <message>
            <source>%1 must be followed by two numbers.</source>
            <translation>يجب أن يأتي بعد %1 عددان.</translation>
        </message>
        <message>
            <source>1D LUTs are not supported; use a 3D LUT (LUT_3D_SIZE).</source>
            <translation>جداول LUT أحادية البعد غير مدعومة؛ استخدم LUT ثلاثي الأبعاد (LUT_3D_SIZE).</translation>
        </message>
        <message>
            <source>Unknown keyword “%1” in the LUT file.</source>
            <translation>كلمة مفتاحية غير معروفة «%1» في ملف LUT.</translation>
        </message>
        <message>
            <source>LUT rows start before LUT_3D_SIZE says how many there are.</source>
            <translation>تبدأ صفوف LUT قبل أن يحدّد LUT_3D_SIZE عددها.</translation>
        </message>
        <message>
            <source>The LUT has more rows than LUT_3D_SIZE %1 allows (%2).</source>
            <translation>يحتوي LUT على صفوف أكثر مما يسمح به LUT_3D_SIZE %1 (%2).</translation>
        </message>
        <message>
            <source>LUT values must lie between 0 and 1; found %1.</source>
            <translation>يجب أن تقع قيم LUT بين 0 و1؛ وُجدت القيمة %1.</translation>
        </message>
        <message>
            <source>The LUT file has no LUT_3D_SIZE line.</source>
            <translation>لا يحتوي ملف LUT على سطر LUT_3D_SIZE.</translation>
        </message>
        <message>
            <source>The LUT ends after %1 of its %2 rows.</source>
            <translation>ينتهي LUT بعد %1 من صفوفه البالغ عددها %2.</translation>
        </message>
        <message>
            <source>DOMAIN_MIN must be below DOMAIN_MAX for every channel.</source>
            <translation>يجب أن تكون قيمة DOMAIN_MIN أقل من DOMAIN_MAX في كل قناة.</translation>
        </message>
    </context>
    <context>
        <name>DealChecks</name>
        <message>
            <source>Paid partnership</source>
            <translation>شراكة مدفوعة</translation>
        </message>
        <message>
            <source>Gifted products</source>
            <translation>منتجات مُهداة</translation>
        </message>
        <message>
            <source>Affiliate links</source>
            <translation>روابط تسويق بالعمولة</translation>
        </message>
        <message>
            <source>My own brand</source>
            <translation>علامتي التجارية الخاصة</translation>
        </message>
        <message>
            <source>%1 × %2 on %3</source>
            <translation>%1 × %2 على %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no posting window</source>
            <translation>بلا فترة نشر</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2 (posting %3)</source>
            <translation>%1 — %2 (النشر: %3)</translation>
        </message>
    </context>
    <context>
        <name>DealCsvExport</name>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>تعذّر حفظ الملف: %1</translation>
        </message>
    </context>
    <context>
        <name>DealErrors</name>
        <message>
            <source>The deals in this workspace were saved by a newer Montaj (deals schema %1; this version knows up to %2). Update Montaj to open them.</source>
            <translation>حُفظت الصفقات في مساحة العمل هذه بإصدار أحدث من مونتاج (مخطط الصفقات %1؛ ويعرف هذا الإصدار حتى %2). حدّث مونتاج لفتحها.</translation>
        </message>
        <message>
            <source>This item no longer exists in the workspace.</source>
            <translation>لم يعُد هذا العنصر موجودًا في مساحة العمل.</translation>
        </message>
        <message>
            <source>Someone else changed this deal in the meantime. Reload it and make your change again.</source>
            <translation>عدّل شخص آخر هذه الصفقة في هذه الأثناء. أعد تحميلها وأجرِ تعديلك مجددًا.</translation>
        </message>
        <message>
            <source>Move the deal through its pipeline to change its stage.</source>
            <translation>لتغيير مرحلة الصفقة، انقلها عبر مراحل مسارها.</translation>
        </message>
        <message>
            <source>A required field is empty.</source>
            <translation>أحد الحقول المطلوبة فارغ.</translation>
        </message>
        <message>
            <source>This deal has issued invoices, so it cannot be deleted. Close it instead.</source>
            <translation>لهذه الصفقة فواتير صادرة، لذا لا يمكن حذفها. أغلقها بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>An issued invoice cannot be changed or deleted. Void it and issue a new one.</source>
            <translation>لا يمكن تعديل فاتورة صادرة أو حذفها. ألغِها وأصدر فاتورة جديدة.</translation>
        </message>
        <message>
            <source>Payments can only be recorded on an issued invoice that is not void.</source>
            <translation>لا يمكن تسجيل الدفعات إلا على فاتورة صادرة وغير ملغاة.</translation>
        </message>
        <message>
            <source>This payment is more than what is left to pay (%1).</source>
            <translation>هذه الدفعة أكبر من المبلغ المتبقي للدفع (%1).</translation>
        </message>
        <message>
            <source>The amount must be greater than zero.</source>
            <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
        </message>
        <message>
            <source>An invoice needs at least one line with a quantity and a price before it is issued.</source>
            <translation>يجب أن تتضمن الفاتورة سطرًا واحدًا على الأقل بكمية وسعر قبل إصدارها.</translation>
        </message>
        <message>
            <source>Amounts in %1 cannot be mixed with amounts in %2.</source>
            <translation>لا يمكن الجمع بين مبالغ بعملة %1 ومبالغ بعملة %2.</translation>
        </message>
    </context>
    <context>
        <name>DealPipeline</name>
        <message>
            <source>A deal cannot move from “%1” to “%2”.</source>
            <translation>لا يمكن نقل الصفقة من «%1» إلى «%2».</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>فرصة</translation>
        </message>
        <message>
            <source>Negotiating</source>
            <translation>قيد التفاوض</translation>
        </message>
        <message>
            <source>Contracted</source>
            <translation>تم التعاقد</translation>
        </message>
        <message>
            <source>In production</source>
            <translation>قيد الإنتاج</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>قيد المراجعة</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدول</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تم النشر</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>تمت الفوترة</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>مدفوع</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>لم تتم</translation>
        </message>
    </context>
    <context>
        <name>DealReminders</name>
        <message>
            <source>The invitation from %1 expires on %2.</source>
            <translation>تنتهي صلاحية دعوة %1 في %2.</translation>
        </message>
        <message>
            <source>The draft for %1 was due on %2.</source>
            <translation>كان موعد تسليم المسودة لـ%1 في %2.</translation>
        </message>
        <message>
            <source>The draft for %1 is due on %2.</source>
            <translation>موعد تسليم المسودة لـ%1 في %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 closed on %2 without a published post.</source>
            <translation>انتهت فترة النشر لـ%1 في %2 دون نشر أي منشور.</translation>
        </message>
        <message>
            <source>The posting window for %1 opens on %2.</source>
            <translation>تبدأ فترة النشر لـ%1 في %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 closes on %2.</source>
            <translation>تنتهي فترة النشر لـ%1 في %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 is open and nothing is scheduled yet.</source>
            <translation>فترة النشر لـ%1 مفتوحة ولم يُجدوَل أي شيء بعد.</translation>
        </message>
        <message numerus="yes">
            <source>The deal with %1 has been “%2” for %n day(s) without a change.</source>
            <translation>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ اليوم دون أي تغيير.</numerusform>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ يوم واحد دون أي تغيير.</numerusform>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ يومين دون أي تغيير.</numerusform>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ %Ln أيام دون أي تغيير.</numerusform>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ %Ln يومًا دون أي تغيير.</numerusform>
                <numerusform>الصفقة مع %1 في مرحلة «%2» منذ %Ln يوم دون أي تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 was due on %2 and is not fully paid.</source>
            <translation>كان استحقاق الفاتورة %1 في %2 ولم تُدفع بالكامل.</translation>
        </message>
    </context>
    <context>
        <name>EarningsCsvExport</name>
        <message>
            <source>The file %1 could not be written.</source>
            <translation>تعذّرت كتابة الملف %1.</translation>
        </message>
    </context>
    <context>
        <name>EarningsFormat</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage; use the language's spacing and sign</comment>
            <translation>%1٪</translation>
        </message>
    </context>
    <context>
        <name>EarningsLedger</name>
        <message>
            <source>The earnings ledger could not be read or written (%1).</source>
            <translation>تعذّرت قراءة سجل الأرباح أو الكتابة فيه (%1).</translation>
        </message>
        <message>
            <source>The earnings ledger %1 could not be opened.</source>
            <translation>تعذّر فتح سجل الأرباح %1.</translation>
        </message>
        <message>
            <source>The earnings ledger was written by a newer Montaj. Update Montaj to open it.</source>
            <translation>كُتب سجل الأرباح بإصدار أحدث من مونتاج. حدّث مونتاج لفتحه.</translation>
        </message>
        <message>
            <source>There is no ledger entry %1.</source>
            <translation>لا يوجد قيد في السجل برقم %1.</translation>
        </message>
        <message>
            <source>Entry %1 is itself a correction; record a new entry instead.</source>
            <translation>القيد %1 هو نفسه قيد تصحيح؛ سجّل قيدًا جديدًا بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Entry %1 has already been reversed.</source>
            <translation>سبق عكس القيد %1.</translation>
        </message>
    </context>
    <context>
        <name>EarningsReport</name>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>«%1» ليس رمز عملة وفق ISO 4217.</translation>
        </message>
    </context>
    <context>
        <name>ExclusivityCheck</name>
        <message>
            <source>%1 has exclusivity for this category from %2; this deal's posts would run at the same time.</source>
            <translation>لدى %1 حصرية في هذه الفئة اعتبارًا من %2؛ وستُنشر منشورات هذه الصفقة في الفترة نفسها.</translation>
        </message>
        <message>
            <source>This deal's exclusivity would cover the posts of your deal with %1 (from %2).</source>
            <translation>ستشمل حصرية هذه الصفقة منشورات صفقتك مع %1 (اعتبارًا من %2).</translation>
        </message>
        <message>
            <source>On %1 your deal with %2 is still in its post-term exclusivity for this category.</source>
            <translation>في %1، لا تزال صفقتك مع %2 ضمن تمديد الحصرية في هذه الفئة.</translation>
        </message>
        <message>
            <source>On %1 your deal with %2 is exclusive for this category.</source>
            <translation>في %1، صفقتك مع %2 حصرية في هذه الفئة.</translation>
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
            <source>Keep the source's size and frame rate</source>
            <translation>الاحتفاظ بأبعاد المصدر ومعدل إطاراته</translation>
        </message>
    </context>
    <context>
        <name>ExposureFilter</name>
        <message>
            <source>Exposure (stops)</source>
            <translation>التعريض (بالوقفات)</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>التعريض</translation>
        </message>
    </context>
    <context>
        <name>FacePrivacyFilter</name>
        <message>
            <source>Hide faces by</source>
            <translation>إخفاء الوجوه بواسطة</translation>
        </message>
        <message>
            <source>Pixelation</source>
            <translation>البكسلة</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>التمويه</translation>
        </message>
        <message>
            <source>Blocks across a face</source>
            <translation>عدد المربعات على عرض الوجه</translation>
        </message>
        <message>
            <source>Margin around a face</source>
            <translation>الهامش حول الوجه</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>الشكل</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>بيضاوي</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>مستطيل</translation>
        </message>
        <message>
            <source>Face privacy</source>
            <translation>خصوصية الوجوه</translation>
        </message>
    </context>
    <context>
        <name>FaceTracker</name>
        <message>
            <source>The face detector's cascade file is missing (on Debian and Ubuntu it comes with the package opencv-data).</source>
            <translation>ملف cascade الخاص بكاشف الوجوه مفقود (في Debian وUbuntu يأتي مع الحزمة opencv-data).</translation>
        </message>
        <message>
            <source>The face detector's cascade file cannot be loaded.</source>
            <translation>تعذّر تحميل ملف cascade الخاص بكاشف الوجوه.</translation>
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
        <message>
            <source>give a path prefix and a probability, e.g. drop_reply=/v2/post/publish/video/init/:0.1.</source>
            <translation>حدّد بادئة مسار واحتمالًا، مثل drop_reply=/v2/post/publish/video/init/:0.1.</translation>
        </message>
    </context>
    <context>
        <name>Filter</name>
        <message>
            <source>The filter “%1” has no parameter “%2” (it has: %3).</source>
            <translation>لا يحتوي المرشّح «%1» على المعامل «%2» (معاملاته: %3).</translation>
        </message>
        <message>
            <source>The filter “%1” failed.</source>
            <translation>فشل المرشّح «%1».</translation>
        </message>
    </context>
    <context>
        <name>FilterChecks</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An error about a filter, then where it is: a file and its line ("warm.cube:12").</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Unknown filter “%1”</source>
            <extracomment>A filter this version of Montaj does not know (from a newer version), by its id.</extracomment>
            <translation>مرشّح غير معروف «%1»</translation>
        </message>
    </context>
    <context>
        <name>FilterFrameHook</name>
        <message>
            <source>The export canvas is not a yuv420p frame.</source>
            <translation>لوحة التصدير ليست إطارًا بصيغة yuv420p.</translation>
        </message>
    </context>
    <context>
        <name>FilterParam</name>
        <message>
            <source>The value of “%1” must be a number.</source>
            <translation>يجب أن تكون قيمة «%1» عددًا.</translation>
        </message>
        <message>
            <source>The value of “%1” must lie between %2 and %3.</source>
            <translation>يجب أن تقع قيمة «%1» بين %2 و%3.</translation>
        </message>
        <message>
            <source>The value of “%1” must be true or false.</source>
            <translation>يجب أن تكون قيمة «%1» true أو false.</translation>
        </message>
        <message>
            <source>The value of “%1” must be one of: %2.</source>
            <translation>يجب أن تكون قيمة «%1» إحدى القيم التالية: %2.</translation>
        </message>
        <message>
            <source>The value of “%1” must be a file path.</source>
            <translation>يجب أن تكون قيمة «%1» مسار ملف.</translation>
        </message>
        <message>
            <source>The value of “%1” must be a colour such as #00ff00.</source>
            <translation>يجب أن تكون قيمة «%1» لونًا مثل #00ff00.</translation>
        </message>
        <message>
            <source>The value of “%1” is not valid.</source>
            <translation>قيمة «%1» غير صالحة.</translation>
        </message>
    </context>
    <context>
        <name>FilterSpec</name>
        <message>
            <source>A filter spec needs a filter name, as in exposure:ev=0.5.</source>
            <translation>يحتاج وصف المرشّح إلى اسم مرشّح، كما في exposure:ev=0.5.</translation>
        </message>
        <message>
            <source>Unknown filter “%1”. Known filters: %2.</source>
            <translation>مرشّح غير معروف «%1». المرشّحات المعروفة: %2.</translation>
        </message>
        <message>
            <source>A quote in the filter spec is not closed.</source>
            <translation>توجد علامة اقتباس غير مغلقة في وصف المرشّح.</translation>
        </message>
        <message>
            <source>“%1” is not key=value in the filter spec.</source>
            <translation>«%1» ليس بالصيغة key=value في وصف المرشّح.</translation>
        </message>
        <message>
            <source>“%1” is given twice in the filter spec.</source>
            <translation>ورد «%1» مرتين في وصف المرشّح.</translation>
        </message>
    </context>
    <context>
        <name>FilterStack</name>
        <message>
            <source>Unknown filter “%1”. Known filters: %2.</source>
            <translation>مرشّح غير معروف «%1». المرشّحات المعروفة: %2.</translation>
        </message>
        <message>
            <source>The filter “%1” cannot be prepared.</source>
            <translation>تعذّر تجهيز المرشّح «%1».</translation>
        </message>
        <message>
            <source>Filters need an 8-bit BGR picture.</source>
            <translation>تحتاج المرشّحات إلى صورة BGR بعمق 8 بت.</translation>
        </message>
        <message>
            <source>A filter failed on a frame.</source>
            <translation>فشل مرشّح على أحد الإطارات.</translation>
        </message>
    </context>
    <context>
        <name>GiftCatalog</name>
        <message>
            <source>A gift's price cannot be negative.</source>
            <translation>لا يمكن أن يكون سعر الهدية سالبًا.</translation>
        </message>
        <message>
            <source>A gift needs a name.</source>
            <translation>تحتاج الهدية إلى اسم.</translation>
        </message>
    </context>
    <context>
        <name>GiftCsvImport</name>
        <message>
            <source>The file %1 could not be read.</source>
            <translation>تعذّرت قراءة الملف %1.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>لا يحتوي الملف على صف عناوين.</translation>
        </message>
        <message>
            <source>The file has no column %1. See the documented columns for earnings imports.</source>
            <translation>لا يحتوي الملف على العمود %1. راجع الأعمدة الموثّقة لاستيراد الأرباح.</translation>
        </message>
        <message>
            <source>Line %1 has %2 fields where the header has %3.</source>
            <translation>يحتوي السطر %1 على %2 من الحقول بينما يحتوي صف العناوين على %3.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: a value is required.</source>
            <translation>السطر %1، العمود «%2»: القيمة مطلوبة.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not a whole number.</source>
            <translation>السطر %1، العمود «%2»: «%3» ليس عددًا صحيحًا.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not a date and time (2024-06-01T20:15:00Z).</source>
            <translation>السطر %1، العمود «%2»: «%3» ليس تاريخًا ووقتًا (2024-06-01T20:15:00Z).</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not yes or no (1/0, true/false).</source>
            <translation>السطر %1، العمود «%2»: «%3» ليس نعم أو لا (1/0، true/false).</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: the count must be at least 1.</source>
            <translation>السطر %1، العمود «%2»: يجب أن يكون العدد 1 على الأقل.</translation>
        </message>
        <message>
            <source>Line %1: gift %2 has no price. Add a unit_coins column or set the gift's price in the catalog.</source>
            <translation>السطر %1: الهدية %2 بلا سعر. أضف عمود unit_coins أو حدّد سعر الهدية في الكتالوج.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is not closed or is followed by other text.</source>
            <translation>السطر %1: حقل بين علامتي اقتباس غير مغلق أو يتبعه نص آخر.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) in %1; nothing was imported. %2</source>
            <translation>
                <numerusform>لا توجد مشكلات في %1؛ لم يُستورد أي شيء. %2</numerusform>
                <numerusform>توجد مشكلة واحدة في %1؛ لم يُستورد أي شيء. %2</numerusform>
                <numerusform>توجد مشكلتان في %1؛ لم يُستورد أي شيء. %2</numerusform>
                <numerusform>توجد %Ln مشكلات في %1؛ لم يُستورد أي شيء. %2</numerusform>
                <numerusform>توجد %Ln مشكلةً في %1؛ لم يُستورد أي شيء. %2</numerusform>
                <numerusform>توجد %Ln مشكلة في %1؛ لم يُستورد أي شيء. %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GrainFilter</name>
        <message>
            <source>Grain size (pixels)</source>
            <translation>حجم الحبيبات (بكسل)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <source>Film grain</source>
            <translation>حبيبات الفيلم</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>الشدة</translation>
        </message>
    </context>
    <context>
        <name>HistoryCsv</name>
        <message>
            <source>“%1” is not a count (e.g. 987, 213.1K, 1.6M).</source>
            <translation>«%1» ليس عددًا (مثل 987 أو 213.1K أو 1.6M).</translation>
        </message>
        <message>
            <source>“%1” is not a date and time (yyyy-mm-dd hh:mm:ss).</source>
            <translation>«%1» ليس تاريخًا ووقتًا (yyyy-mm-dd hh:mm:ss).</translation>
        </message>
        <message>
            <source>“%1” is not a duration (mm:ss or seconds).</source>
            <translation>«%1» ليس مدة (mm:ss أو عدد ثوانٍ).</translation>
        </message>
        <message>
            <source>“%1” is not yes or no.</source>
            <translation>«%1» ليست yes ولا no.</translation>
        </message>
        <message>
            <source>The video id is missing.</source>
            <translation>معرّف الفيديو مفقود.</translation>
        </message>
        <message>
            <source>The history file is empty.</source>
            <translation>ملف السجل فارغ.</translation>
        </message>
        <message>
            <source>This is not a history file Montaj knows: the header names neither Montaj’s columns (profile, creator, video_id, posted_at, observed_at, views…) nor the scraped layout’s (user_name, vid_id, vid_postTime, vid_scrapeTime, vid_nview…).</source>
            <translation>هذا ليس ملف سجل يعرفه مونتاج: لا يسمّي صف العناوين أعمدة مونتاج (profile, creator, video_id, posted_at, observed_at, views…) ولا أعمدة التنسيق المستخرَج آليًا (user_name, vid_id, vid_postTime, vid_scrapeTime, vid_nview…).</translation>
        </message>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation>حقل بين علامتَي اقتباس لم يُغلَق قبل نهاية الملف.</translation>
        </message>
        <message>
            <source>The row has %1 fields; the header has %2.</source>
            <translation>يحتوي الصف على %1 من الحقول، ويحتوي صف العناوين على %2.</translation>
        </message>
        <message>
            <source>The creator is missing.</source>
            <translation>صانع المحتوى مفقود.</translation>
        </message>
        <message>
            <source>The platform profile is missing.</source>
            <translation>ملف تعريف المنصة مفقود.</translation>
        </message>
        <message>
            <source>The post time is missing.</source>
            <translation>وقت النشر مفقود.</translation>
        </message>
        <message>
            <source>The time the counters were read is missing.</source>
            <translation>وقت قراءة العدّادات مفقود.</translation>
        </message>
        <message>
            <source>No usable video in the history file (a usable row has views, a post time and the time its counters were read).</source>
            <translation>لا يوجد في ملف السجل أي فيديو صالح للاستخدام (الصف الصالح للاستخدام يتضمّن المشاهدات ووقت النشر ووقت قراءة عدّاداته).</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>تعذّرت قراءة «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>IcsWriter</name>
        <message>
            <source>(no caption)</source>
            <translation>(بلا وصف)</translation>
        </message>
        <message>
            <source>Visibility: %1</source>
            <translation>مستوى الظهور: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>الحالة: %1</translation>
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
            <source>the file's streams cannot be read; it may be damaged or truncated (%1).</source>
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
        <name>InvoiceMath</name>
        <message>
            <source>A VAT rate must be between 0 % and 100 %.</source>
            <translation>يجب أن تكون نسبة ضريبة القيمة المضافة بين 0٪ و100٪.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>تم الإصدار</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>مدفوع جزئيًا</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>مدفوع</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>ملغى</translation>
        </message>
    </context>
    <context>
        <name>InvoicePdf</name>
        <message>
            <source>Invoices can be written in English, French or Arabic.</source>
            <translation>يمكن كتابة الفواتير بالإنجليزية أو الفرنسية أو العربية.</translation>
        </message>
        <message>
            <source>The invoice could not be saved: %1</source>
            <translation>تعذّر حفظ الفاتورة: %1</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>فاتورة</translation>
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
        <name>LiveGiftEvent</name>
        <message>
            <source>A LIVE gift event could not be read: the field “%1” is missing or wrong.</source>
            <translation>تعذّرت قراءة حدث هدية في البث المباشر: الحقل «%1» مفقود أو غير صحيح.</translation>
        </message>
    </context>
    <context>
        <name>LookFile</name>
        <message>
            <source>The look file cannot be read: %1.</source>
            <translation>تعذّرت قراءة ملف الطابع: %1.</translation>
        </message>
        <message>
            <source>The look file cannot be written: %1.</source>
            <translation>تعذّرت كتابة ملف الطابع: %1.</translation>
        </message>
        <message>
            <source>The look file is not valid JSON: %1.</source>
            <translation>ملف الطابع ليس JSON صالحًا: %1.</translation>
        </message>
        <message>
            <source>This is not a Montaj look file.</source>
            <translation>هذا ليس ملف طابع من مونتاج.</translation>
        </message>
        <message>
            <source>The look file has no valid version.</source>
            <translation>لا يحمل ملف الطابع رقم إصدار صالحًا.</translation>
        </message>
        <message>
            <source>This look was saved by a newer version of Montaj (look version %1; this one reads up to %2).</source>
            <translation>حُفظ هذا الطابع بإصدار أحدث من مونتاج (إصدار الطابع %1؛ وهذا الإصدار يقرأ حتى %2).</translation>
        </message>
        <message>
            <source>The look file has no list of filters.</source>
            <translation>لا يحتوي ملف الطابع على قائمة مرشّحات.</translation>
        </message>
        <message>
            <source>The look uses an unknown filter “%1”.</source>
            <translation>يستخدم الطابع مرشّحًا غير معروف «%1».</translation>
        </message>
    </context>
    <context>
        <name>LutFilter</name>
        <message>
            <source>LUT file</source>
            <translation>ملف LUT</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>الشدة</translation>
        </message>
        <message>
            <source>LUT (.cube)</source>
            <translation>LUT (.cube)</translation>
        </message>
    </context>
    <context>
        <name>MediaBinActions</name>
        <message numerus="yes">
            <source>Add %n clip(s) to the timeline</source>
            <translation>
                <numerusform>إضافة مقاطع إلى الخط الزمني</numerusform>
                <numerusform>إضافة مقطع واحد إلى الخط الزمني</numerusform>
                <numerusform>إضافة مقطعين إلى الخط الزمني</numerusform>
                <numerusform>إضافة %Ln مقاطع إلى الخط الزمني</numerusform>
                <numerusform>إضافة %Ln مقطعًا إلى الخط الزمني</numerusform>
                <numerusform>إضافة %Ln مقطع إلى الخط الزمني</numerusform>
            </translation>
        </message>
        <message>
            <source>Insert at the playhead</source>
            <translation>إدراج عند رأس التشغيل</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n file(s) from the media bin</source>
            <translation>
                <numerusform>إزالة ملفات من حاوية الوسائط</numerusform>
                <numerusform>إزالة ملف واحد من حاوية الوسائط</numerusform>
                <numerusform>إزالة ملفين من حاوية الوسائط</numerusform>
                <numerusform>إزالة %Ln ملفات من حاوية الوسائط</numerusform>
                <numerusform>إزالة %Ln ملفًا من حاوية الوسائط</numerusform>
                <numerusform>إزالة %Ln ملف من حاوية الوسائط</numerusform>
            </translation>
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
        <name>MediaRuleCheck</name>
        <message>
            <source>%1 is not a video the platform accepts (container %2, codec %3). Use MP4, MOV or WebM with %4.</source>
            <translation>%1 ليس فيديو تقبله المنصة (الحاوية %2، الترميز %3). استخدم MP4 أو MOV أو WebM مع %4.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>The picture is %1×%2 pixels; the platform accepts %3 to %4 pixels on each side.</source>
            <translation>أبعاد الصورة %1×%2 بكسل؛ والمنصة تقبل من %3 إلى %4 بكسل لكل ضلع.</translation>
        </message>
        <message>
            <source>The video runs at %1 fps; the platform accepts %2 to %3 fps.</source>
            <translation>معدل إطارات الفيديو %1 fps؛ والمنصة تقبل من %2 إلى %3 fps.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; the platform accepts at most %2 s.</source>
            <translation>مدة الفيديو %1 ثانية؛ والحد الأقصى الذي تقبله المنصة %2 ثانية.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; @%2 may post at most %3 s. Trim it and schedule it again.</source>
            <translation>مدة الفيديو %1 ثانية؛ والحد الأقصى المسموح للحساب @%2 هو %3 ثانية. اقتطع منه ثم جدوِله مجددًا.</translation>
        </message>
        <message>
            <source>The video is %1; the platform accepts at most %2.</source>
            <translation>حجم الفيديو %1؛ والمنصة تقبل %2 على الأكثر.</translation>
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
        <message>
            <source>%1: the Matroska file could not be created (%2).</source>
            <translation>%1: تعذّر إنشاء ملف Matroska (%2).</translation>
        </message>
        <message>
            <source>A subtitle track can only be written into a finished MP4 file.</source>
            <translation>لا يمكن كتابة مسار ترجمة إلا في ملف MP4 مكتمل.</translation>
        </message>
    </context>
    <context>
        <name>MicroDecimal</name>
        <message>
            <source>“%1” is not a number with at most six decimal places.</source>
            <translation>«%1» ليس عددًا بست خانات عشرية على الأكثر.</translation>
        </message>
    </context>
    <context>
        <name>MicrophoneSource</name>
        <message>
            <source>The microphone offers no sound format Montaj can record.</source>
            <translation>لا يوفّر الميكروفون أي صيغة صوت يستطيع مونتاج تسجيلها.</translation>
        </message>
        <message>
            <source>The microphone could not be opened: another program may be using it, or Montaj is not allowed to record sound.</source>
            <translation>تعذّر فتح الميكروفون: ربما يستخدمه برنامج آخر، أو أن مونتاج غير مسموح له بتسجيل الصوت.</translation>
        </message>
        <message>
            <source>The microphone stopped working.</source>
            <translation>توقّف الميكروفون عن العمل.</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>الميكروفون</translation>
        </message>
        <message>
            <source>No microphone was found. Connect one, or record without sound or with the test tone.</source>
            <translation>لم يُعثر على أي ميكروفون. وصّل ميكروفونًا، أو سجّل بلا صوت أو بنغمة الاختبار.</translation>
        </message>
        <message>
            <source>The chosen microphone is not connected any more.</source>
            <translation>الميكروفون المختار لم يعد موصولًا.</translation>
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
        <name>MovTextTrack</name>
        <message>
            <source>This build of FFmpeg cannot write MP4 subtitle tracks (mov_text).</source>
            <translation>نسخة FFmpeg هذه لا تستطيع كتابة مسارات ترجمة MP4 ‏(mov_text).</translation>
        </message>
        <message>
            <source>The MP4 subtitle track could not be prepared (%1).</source>
            <translation>تعذّر تجهيز مسار الترجمة في ملف MP4 ‏(%1).</translation>
        </message>
        <message>
            <source>The MP4 subtitle track could not be added.</source>
            <translation>تعذّرت إضافة مسار الترجمة إلى ملف MP4.</translation>
        </message>
        <message>
            <source>There is not enough memory for the subtitles.</source>
            <translation>لا توجد ذاكرة كافية للترجمة.</translation>
        </message>
        <message>
            <source>Writing the subtitle track failed (%1).</source>
            <translation>فشلت كتابة مسار الترجمة (%1).</translation>
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
            <source>This page will export platform-ready video and schedule uploads, for one creator or for an agency's many accounts. Publishing is not available yet.</source>
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
        <name>PanelFormat</name>
        <message>
            <source>%1 s</source>
            <translation>%1 ث</translation>
        </message>
        <message>
            <source>%1 fps</source>
            <translation>%1 fps</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>−∞ dB</source>
            <translation>−∞ dB</translation>
        </message>
        <message>
            <source>%1 dB</source>
            <translation>%1 dB</translation>
        </message>
    </context>
    <context>
        <name>PayoutBook</name>
        <message>
            <source>Withdrawals were recorded in %1. Set the payout currency back to %1 to see the balance.</source>
            <translation>سُجّلت عمليات السحب بعملة %1. أعد عملة الدفع إلى %1 لعرض الرصيد.</translation>
        </message>
        <message>
            <source>Withdrawals are recorded in the payout currency, %1.</source>
            <translation>تُسجَّل عمليات السحب بعملة الدفع، %1.</translation>
        </message>
        <message>
            <source>A withdrawal must be more than zero.</source>
            <translation>يجب أن يكون مبلغ السحب أكبر من صفر.</translation>
        </message>
        <message>
            <source>The minimum withdrawal is set in %1; set it in the payout currency, %2.</source>
            <translation>الحد الأدنى للسحب محدَّد بعملة %1؛ حدّده بعملة الدفع، %2.</translation>
        </message>
        <message>
            <source>The minimum withdrawal is %1; %2 is below it.</source>
            <translation>الحد الأدنى للسحب %1؛ والمبلغ %2 أقل منه.</translation>
        </message>
        <message>
            <source>The balance on %1 is %2; %3 cannot be withdrawn.</source>
            <translation>الرصيد في %1 هو %2؛ لا يمكن سحب %3.</translation>
        </message>
        <message>
            <source>There is no withdrawal %1 to reverse.</source>
            <translation>لا توجد عملية سحب %1 لعكسها.</translation>
        </message>
        <message>
            <source>Withdrawal %1 has already been reversed.</source>
            <translation>سبق عكس عملية السحب %1.</translation>
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
            <source>Montaj's app is not allowed to do this on the platform yet.</source>
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
            <source>The video file does not meet the platform's upload requirements.</source>
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
            <source>Montaj's app has reached its daily limit of users. Try again tomorrow.</source>
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
            <source>The platform does not recognise Montaj's app credentials.</source>
            <translation>لا تتعرّف المنصة على بيانات اعتماد تطبيق مونتاج.</translation>
        </message>
        <message>
            <source>Your sign-in is no longer valid (expired, revoked or already used). Sign in again.</source>
            <translation>لم يعُد تسجيل دخولك صالحًا (انتهت صلاحيته أو أُلغي أو سبق استخدامه). سجّل الدخول مجددًا.</translation>
        </message>
        <message>
            <source>Montaj's app is not allowed to sign in this way.</source>
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
            <source>The platform's sign-in service had a problem. Try again.</source>
            <translation>واجهت خدمة تسجيل الدخول في المنصة مشكلة. حاول مجددًا.</translation>
        </message>
        <message>
            <source>The platform's sign-in service is temporarily unavailable. Try again.</source>
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
            <source>The platform could not read the video's format. Export it as MP4 (H.264).</source>
            <translation>تعذّر على المنصة قراءة تنسيق الفيديو. صدّره بتنسيق MP4 (H.264).</translation>
        </message>
        <message>
            <source>The video is too long or too short for this account.</source>
            <translation>مدة الفيديو أطول أو أقصر مما يُسمح به لهذا الحساب.</translation>
        </message>
        <message>
            <source>The video's frame rate is not accepted (23 to 60 frames per second).</source>
            <translation>معدل إطارات الفيديو غير مقبول (المسموح من 23 إلى 60 إطارًا في الثانية).</translation>
        </message>
        <message>
            <source>The video's picture size is not accepted (360 to 4096 pixels on each side).</source>
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
            <source>Montaj's access to the account was removed. Sign in again.</source>
            <translation>أُلغي وصول مونتاج إلى الحساب. سجّل الدخول مجددًا.</translation>
        </message>
        <message>
            <source>The platform flagged the post's text. Change the caption and try again.</source>
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
            <source>The platform's secure connection could not be verified.</source>
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
        <name>PocketSphinxEngine</name>
        <message>
            <source>PocketSphinx (offline)</source>
            <translation>PocketSphinx (دون اتصال)</translation>
        </message>
        <message>
            <source>This copy of Montaj was built without PocketSphinx.</source>
            <translation>بُنيت هذه النسخة من مونتاج دون PocketSphinx.</translation>
        </message>
        <message>
            <source>The PocketSphinx model for %1 is not installed (on Debian: the package pocketsphinx-en-us).</source>
            <translation>نموذج PocketSphinx الخاص بـ%1 غير مثبّت (في Debian: الحزمة pocketsphinx-en-us).</translation>
        </message>
        <message>
            <source>PocketSphinx could not load its model.</source>
            <translation>تعذّر على PocketSphinx تحميل نموذجه.</translation>
        </message>
        <message>
            <source>PocketSphinx stopped while listening.</source>
            <translation>توقّف PocketSphinx أثناء الاستماع.</translation>
        </message>
    </context>
    <context>
        <name>PostCsvImporter</name>
        <message>
            <source>Hootsuite files do not name the account: choose the account the posts are for.</source>
            <translation>لا تذكر ملفات Hootsuite الحساب: اختر الحساب الذي تخصه المنشورات.</translation>
        </message>
        <message>
            <source>Hootsuite files do not say who can see the posts: choose a privacy level.</source>
            <translation>لا تذكر ملفات Hootsuite من يمكنه مشاهدة المنشورات: اختر مستوى الخصوصية.</translation>
        </message>
        <message>
            <source>%1 is not a Hootsuite date (expected dd/MM/yyyy HH:mm).</source>
            <translation>%1 ليس تاريخًا بصيغة Hootsuite (المتوقع dd/MM/yyyy HH:mm).</translation>
        </message>
        <message>
            <source>Montaj does not know the column %1; it is ignored.</source>
            <translation>لا يعرف مونتاج العمود %1؛ لذا تم تجاهله.</translation>
        </message>
        <message>
            <source>The column %1 appears twice; the first one is used.</source>
            <translation>يتكرر العمود %1 مرتين؛ يُستخدم الأول منهما.</translation>
        </message>
        <message>
            <source>The column %1 is missing.</source>
            <translation>العمود %1 غير موجود.</translation>
        </message>
        <message>
            <source>This row has %1 cells but the header names %2 columns; the extra cells are ignored.</source>
            <translation>يحتوي هذا الصف على %1 من الخلايا بينما يسمّي صف العناوين %2 من الأعمدة؛ تم تجاهل الخلايا الزائدة.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>الملف فارغ.</translation>
        </message>
    </context>
    <context>
        <name>PostCsvTimeReader</name>
        <message>
            <source>No time: scheduled_at is empty.</source>
            <translation>لا يوجد وقت: الحقل scheduled_at فارغ.</translation>
        </message>
        <message>
            <source>%1 is not a date and time (expected 2025-06-01T18:30+02:00, or 2025-06-01T18:30 with a time_zone).</source>
            <translation>%1 ليس تاريخًا ووقتًا (المتوقع 2025-06-01T18:30+02:00، أو 2025-06-01T18:30 مع time_zone).</translation>
        </message>
        <message>
            <source>No time zone: fill time_zone (such as Europe/Paris), or write the time with its UTC offset.</source>
            <translation>لا توجد منطقة زمنية: املأ time_zone (مثل Europe/Paris)، أو اكتب الوقت مع فرق التوقيت عن UTC.</translation>
        </message>
        <message>
            <source>%1 is not a time zone Montaj knows (expected an IANA name such as Europe/Paris).</source>
            <translation>%1 ليست منطقة زمنية يعرفها مونتاج (المتوقع اسم IANA مثل Europe/Paris).</translation>
        </message>
        <message>
            <source>The offset UTC%1 is not %2's at that moment (UTC%3): the post goes out at the moment written, %4 in %2.</source>
            <translation>فرق التوقيت UTC%1 لا يطابق فرق %2 في تلك اللحظة (UTC%3): سيُنشر المنشور في اللحظة المكتوبة، أي %4 بتوقيت %2.</translation>
        </message>
        <message>
            <source>%1 (%2) has already passed.</source>
            <translation>انقضى الموعد %1 (%2) بالفعل.</translation>
        </message>
    </context>
    <context>
        <name>PostLifecycle</name>
        <message>
            <source>A post that is “%1” cannot become “%2”.</source>
            <translation>لا يمكن نقل منشور في حالة «%1» إلى حالة «%2».</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Needs approval</source>
            <translation>بانتظار الموافقة</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>تمت الموافقة</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدول</translation>
        </message>
        <message>
            <source>Publishing</source>
            <translation>جارٍ النشر</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تم النشر</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
    </context>
    <context>
        <name>PostRowValidator</name>
        <message>
            <source>The post delivers deal %1 but discloses no commercial content.</source>
            <translation>يُنفّذ المنشور الصفقة %1 لكنه لا يُفصح عن أي محتوى تجاري.</translation>
        </message>
        <message>
            <source>No account: give the account's @username or its workspace id.</source>
            <translation>لا يوجد حساب: اذكر اسم مستخدم الحساب (مع @) أو معرّفه في مساحة العمل.</translation>
        </message>
        <message>
            <source>Several accounts are called %1: give the workspace id instead.</source>
            <translation>هناك عدة حسابات باسم %1: اذكر معرّف مساحة العمل بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>No account %1 in this workspace.</source>
            <translation>لا يوجد حساب %1 في مساحة العمل هذه.</translation>
        </message>
        <message>
            <source>%1 is not a kind of post (video, project or photos).</source>
            <translation>%1 ليس نوع منشور (video أو project أو photos).</translation>
        </message>
        <message>
            <source>No media: a post needs a video, a Montaj project or photos.</source>
            <translation>لا توجد وسائط: يحتاج المنشور إلى فيديو أو مشروع مونتاج أو صور.</translation>
        </message>
        <message>
            <source>Only a photo post has several files (separated by “|”).</source>
            <translation>منشورات الصور وحدها يمكن أن تضم عدة ملفات (مفصولة بـ«|»).</translation>
        </message>
        <message>
            <source>A photo post has at most %1 photos; this one has %2.</source>
            <translation>يضم منشور الصور %1 صورة على الأكثر؛ وهذا المنشور يضم %2.</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>الملف %1 غير موجود.</translation>
        </message>
        <message>
            <source>Only photo posts have a title; the video's text is its caption. The title is ignored.</source>
            <translation>العنوان خاص بمنشورات الصور وحدها؛ أما نص الفيديو فهو وصفه. تم تجاهل العنوان.</translation>
        </message>
        <message>
            <source>The title is too long: %1 characters, at most %2.</source>
            <translation>العنوان طويل جدًا: %1 حرفًا، والحد الأقصى %2.</translation>
        </message>
        <message>
            <source>No privacy: choose who can see the post (public, friends, followers or only_me).</source>
            <translation>لا توجد خصوصية: اختر من يمكنه مشاهدة المنشور (public أو friends أو followers أو only_me).</translation>
        </message>
        <message>
            <source>%1 is not a privacy level (public, friends, followers, only_me, or the platform's names such as PUBLIC_TO_EVERYONE).</source>
            <translation>%1 ليس مستوى خصوصية (public أو friends أو followers أو only_me، أو أسماء المنصة مثل PUBLIC_TO_EVERYONE).</translation>
        </message>
        <message>
            <source>%1 is not yes or no (true/false, yes/no, 1/0, or empty for no).</source>
            <translation>%1 ليس نعم أو لا (true/false أو yes/no أو 1/0، أو فارغ بمعنى لا).</translation>
        </message>
        <message>
            <source>Photo posts have no duets or stitches; the setting is ignored.</source>
            <translation>لا يوجد ديو ولا ستيتش في منشورات الصور؛ تم تجاهل هذا الإعداد.</translation>
        </message>
        <message>
            <source>%1 is not a disclosure (none, your_brand, branded or both).</source>
            <translation>%1 ليس قيمة إفصاح (none أو your_brand أو branded أو both).</translation>
        </message>
        <message>
            <source>Branded content cannot be posted with “only me” visibility.</source>
            <translation>لا يمكن نشر محتوى العلامة التجارية بمستوى الظهور «أنا فقط».</translation>
        </message>
        <message>
            <source>%1 is not a photo number (0 for the first photo).</source>
            <translation>%1 ليس رقم صورة (0 للصورة الأولى).</translation>
        </message>
        <message>
            <source>%1 is not a time in milliseconds.</source>
            <translation>%1 ليس وقتًا بالمللي ثانية.</translation>
        </message>
        <message>
            <source>The cover is photo %1 but the post has %2 photos (the first is 0).</source>
            <translation>الغلاف هو الصورة %1 لكن المنشور يضم %2 صورة (الأولى رقمها 0).</translation>
        </message>
        <message>
            <source>Same account, time, media and caption as line %1.</source>
            <translation>الحساب والوقت والوسائط والوصف نفسها كما في السطر %1.</translation>
        </message>
        <message>
            <source>@%1 does not offer the visibility %2; it offers %3.</source>
            <translation>لا يتيح @%1 الظهور %2؛ بل يتيح %3.</translation>
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
            <translation>لا يمكن نشر محتوى العلامة التجارية بمستوى الظهور «أنا فقط».</translation>
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
            <source>The upload's chunk sizes do not follow the platform's rules.</source>
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
            <source>Choose one of the post's photos as its cover.</source>
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
        <name>PreviewRenderer</name>
        <message>
            <source>The clip's file has no picture size.</source>
            <translation>ليست لملف المقطع أبعاد صورة.</translation>
        </message>
        <message>
            <source>The project has no canvas size.</source>
            <translation>ليست للمشروع أبعاد لوحة.</translation>
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
            <source>The clip's source has no duration.</source>
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
            <source>The clip's source has neither video nor audio.</source>
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
        <message>
            <source>Caption %1 must start at or after zero and end after it starts.</source>
            <translation>يجب أن يبدأ سطر الترجمة %1 عند الصفر أو بعده، وأن ينتهي بعد بدايته.</translation>
        </message>
        <message>
            <source>Caption %1 starts before the caption above it.</source>
            <translation>يبدأ سطر الترجمة %1 قبل سطر الترجمة الذي يسبقه.</translation>
        </message>
        <message>
            <source>A word in caption %1 ends before it starts.</source>
            <translation>تنتهي كلمة في سطر الترجمة %1 قبل أن تبدأ.</translation>
        </message>
        <message>
            <source>The caption style is out of range.</source>
            <translation>نمط الترجمة النصية خارج النطاق المسموح.</translation>
        </message>
    </context>
    <context>
        <name>ProxyBuilder</name>
        <message>
            <source>The video has no picture size.</source>
            <translation>ليست للفيديو أبعاد صورة.</translation>
        </message>
        <message>
            <source>Cannot create the proxy folder %1.</source>
            <translation>تعذّر إنشاء مجلد النسخ الوكيلة %1.</translation>
        </message>
        <message>
            <source>Making the proxy was cancelled.</source>
            <translation>أُلغي إنشاء النسخة الوكيلة.</translation>
        </message>
        <message>
            <source>The proxy could not be saved as %1.</source>
            <translation>تعذّر حفظ النسخة الوكيلة باسم %1.</translation>
        </message>
    </context>
    <context>
        <name>PublishExport</name>
        <message>
            <source>The file could not be written: %1</source>
            <translation>تعذّرت كتابة الملف: %1</translation>
        </message>
    </context>
    <context>
        <name>PublishText</name>
        <message>
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>Friends (followers you follow back)</source>
            <translation>الأصدقاء (المتابعون الذين تتابعهم أيضًا)</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>المتابعون</translation>
        </message>
        <message>
            <source>Only me</source>
            <translation>أنا فقط</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>غير مجدول</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>PublisherLock</name>
        <message>
            <source>Montaj could not create the publisher lock next to the workspace (%1). Check that the folder is writable.</source>
            <translation>تعذّر على مونتاج إنشاء قفل عامل النشر بجوار مساحة العمل (%1). تحقّق من أن المجلد قابل للكتابة.</translation>
        </message>
        <message>
            <source>%1, process %2 on %3</source>
            <translation>%1، العملية %2 على %3</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>برنامج غير معروف</translation>
        </message>
        <message>
            <source>unknown holder</source>
            <translation>جهة غير معروفة</translation>
        </message>
        <message>
            <source>Another publisher (%1) is already publishing from this workspace. Only one publisher may run on a SQLite workspace; stop the other one, or use a PostgreSQL workspace to run several workers.</source>
            <translation>هناك عامل نشر آخر (%1) ينشر بالفعل من مساحة العمل هذه. لا يمكن تشغيل أكثر من عامل نشر واحد على مساحة عمل SQLite؛ أوقف العامل الآخر، أو استخدم مساحة عمل PostgreSQL لتشغيل عدة عمّال.</translation>
        </message>
    </context>
    <context>
        <name>RateBook</name>
        <message>
            <source>Commonly quoted figure; check your own.</source>
            <translation>رقم متداول على نطاق واسع؛ تحقّق من رقمك الخاص.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>«%1» ليس رمز عملة وفق ISO 4217.</translation>
        </message>
        <message>
            <source>The minimum withdrawal cannot be negative.</source>
            <translation>لا يمكن أن يكون الحد الأدنى للسحب سالبًا.</translation>
        </message>
        <message>
            <source>The tax rate must be between 0 % and 100 %.</source>
            <translation>يجب أن تكون نسبة الضريبة بين 0٪ و100٪.</translation>
        </message>
    </context>
    <context>
        <name>RateCsvImport</name>
        <message>
            <source>The file %1 could not be read.</source>
            <translation>تعذّرت قراءة الملف %1.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>لا يحتوي الملف على صف عناوين.</translation>
        </message>
        <message>
            <source>The file has no column %1. See the documented columns for exchange rates.</source>
            <translation>لا يحتوي الملف على العمود %1. راجع الأعمدة الموثّقة لأسعار الصرف.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>“%1” is not a date (2024-06-01) or a date and time.</source>
            <translation>«%1» ليس تاريخًا (2024-06-01) ولا تاريخًا ووقتًا.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is not closed or is followed by other text.</source>
            <translation>السطر %1: حقل بين علامتي اقتباس غير مغلق أو يتبعه نص آخر.</translation>
        </message>
    </context>
    <context>
        <name>ReachBacktest</name>
        <message>
            <source>Too few creators with %1 or more usable videos for a backtest: each half of the creators must give the other enough videos to learn from (%2).</source>
            <translation>عدد صنّاع المحتوى الذين لديهم %1 من الفيديوهات الصالحة أو أكثر غير كافٍ لإجراء اختبار رجعي: يجب أن يقدّم كل نصف من صنّاع المحتوى للنصف الآخر ما يكفي من الفيديوهات للتعلّم منها (%2).</translation>
        </message>
        <message>
            <source>No creator has %1 or more usable videos with targets at least %2 days old.</source>
            <translation>لا يملك أي صانع محتوى %1 من الفيديوهات الصالحة أو أكثر مع فيديوهات مستهدفة لا يقل عمرها عن %2 من الأيام.</translation>
        </message>
    </context>
    <context>
        <name>ReachDrivers</name>
        <message>
            <source>%1 %</source>
            <extracomment>A change in expected views: %1 is a signed number ("+18", "−6")</extracomment>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>Posting at %1 rather than %2: %3 expected views for your audience</source>
            <translation>النشر في %1 بدلًا من %2: %3 في المشاهدات المتوقعة لدى جمهورك</translation>
        </message>
        <message>
            <source>Hashtags %1 did better than your other videos: %2</source>
            <translation>حقّقت الوسوم %1 أداءً أفضل من فيديوهاتك الأخرى: %2</translation>
        </message>
        <message>
            <source>Hashtags %1 did worse than your other videos: %2</source>
            <translation>حقّقت الوسوم %1 أداءً أسوأ من فيديوهاتك الأخرى: %2</translation>
        </message>
        <message>
            <source>A %1 s video rather than your usual %2 s: %3</source>
            <translation>فيديو مدته %1 ث بدلًا من مدتك المعتادة %2 ث: %3</translation>
        </message>
        <message>
            <source>A photo post rather than a video: %1</source>
            <translation>منشور صور بدلًا من فيديو: %1</translation>
        </message>
        <message>
            <source>A video rather than a photo post: %1</source>
            <translation>فيديو بدلًا من منشور صور: %1</translation>
        </message>
        <message numerus="yes">
            <source>A caption of %n character(s) rather than your usual %1: %2</source>
            <translation>
                <numerusform>وصف بلا أي حرف بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
                <numerusform>وصف من حرف واحد بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
                <numerusform>وصف من حرفين بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
                <numerusform>وصف من %Ln أحرف بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
                <numerusform>وصف من %Ln حرفًا بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
                <numerusform>وصف من %Ln حرف بدلًا من الطول المعتاد لديك (%1): %2</numerusform>
            </translation>
        </message>
        <message>
            <source>With captions, judged by your videos that had them: %1</source>
            <translation>مع ترجمة نصية، بناءً على فيديوهاتك التي تضمّنتها: %1</translation>
        </message>
        <message>
            <source>Without captions, judged by your videos that had none: %1</source>
            <translation>دون ترجمة نصية، بناءً على فيديوهاتك الخالية منها: %1</translation>
        </message>
        <message>
            <source>Disclosed as commercial content, judged by your disclosed videos: %1</source>
            <translation>مُفصَح عنه كمحتوى تجاري، بناءً على فيديوهاتك المُفصَح عنها: %1</translation>
        </message>
        <message>
            <source>Not commercial content, judged by your other videos: %1</source>
            <translation>ليس محتوى تجاريًا، بناءً على فيديوهاتك الأخرى: %1</translation>
        </message>
        <message>
            <source>Your latest videos did better than your usual: %1</source>
            <translation>حقّقت فيديوهاتك الأخيرة أداءً أفضل من المعتاد: %1</translation>
        </message>
        <message>
            <source>Your latest videos did worse than your usual: %1</source>
            <translation>حقّقت فيديوهاتك الأخيرة أداءً أسوأ من المعتاد: %1</translation>
        </message>
    </context>
    <context>
        <name>ReachEstimator</name>
        <message>
            <source>This history is from the “%1” platform profile and the post goes to “%2”: their audiences differ, so one cannot estimate the other.</source>
            <translation>هذا السجل من ملف تعريف المنصة «%1» والمنشور موجَّه إلى «%2»: جمهوراهما مختلفان، فلا يمكن تقدير أحدهما من الآخر.</translation>
        </message>
        <message>
            <source>The calibration belongs to the “%1” platform profile, not “%2”.</source>
            <translation>المعايرة خاصة بملف تعريف المنصة «%1»، وليس «%2».</translation>
        </message>
        <message>
            <source>No earlier video with views: post a few videos (or import their history) and the estimate will follow.</source>
            <translation>لا يوجد فيديو سابق له مشاهدات: انشر بضعة فيديوهات (أو استورد سجلها) وسيأتي التقدير بعد ذلك.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n earlier video(s) to learn from: the range stays wide until there are %1.</source>
            <translation>
                <numerusform>لا يوجد أي فيديو سابق للتعلّم منه: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
                <numerusform>فيديو سابق واحد فقط للتعلّم منه: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
                <numerusform>فيديوهان سابقان فقط للتعلّم منهما: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
                <numerusform>%Ln فيديوهات سابقة فقط للتعلّم منها: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
                <numerusform>%Ln فيديو سابقًا فقط للتعلّم منها: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
                <numerusform>%Ln فيديو سابق فقط للتعلّم منها: يبقى النطاق واسعًا حتى يبلغ عدد الفيديوهات %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your latest video is %n day(s) older than this post: the estimate leans on old results.</source>
            <translation>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بأقل من يوم: يعتمد التقدير على نتائج قديمة.</numerusform>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بيوم واحد: يعتمد التقدير على نتائج قديمة.</numerusform>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بيومين: يعتمد التقدير على نتائج قديمة.</numerusform>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بـ%Ln أيام: يعتمد التقدير على نتائج قديمة.</numerusform>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بـ%Ln يومًا: يعتمد التقدير على نتائج قديمة.</numerusform>
                <numerusform>يسبق آخر فيديو لك هذا المنشور بـ%Ln يوم: يعتمد التقدير على نتائج قديمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your videos’ views vary a lot from one to the next, so the range is wide.</source>
            <translation>تتفاوت مشاهدات فيديوهاتك كثيرًا من فيديو إلى آخر، لذا فالنطاق واسع.</translation>
        </message>
    </context>
    <context>
        <name>ReachModel</name>
        <message>
            <source>Too little history to fit a model: %1 videos with enough earlier videos, %2 needed.</source>
            <translation>السجل غير كافٍ لملاءمة نموذج: عدد الفيديوهات المسبوقة بما يكفي من الفيديوهات %1، والمطلوب %2.</translation>
        </message>
        <message>
            <source>This is not a reach model Montaj can read.</source>
            <translation>هذا ليس نموذج وصول يستطيع مونتاج قراءته.</translation>
        </message>
    </context>
    <context>
        <name>ReachStore</name>
        <message>
            <source>Cannot read the reach data “%1”: %2</source>
            <translation>تعذّرت قراءة بيانات الوصول «%1»: %2</translation>
        </message>
        <message>
            <source>The reach data “%1” is damaged: %2</source>
            <translation>بيانات الوصول «%1» تالفة: %2</translation>
        </message>
        <message>
            <source>Cannot save the reach data “%1”: %2</source>
            <translation>تعذّر حفظ بيانات الوصول «%1»: %2</translation>
        </message>
        <message>
            <source>Cannot save the history “%1”: %2</source>
            <translation>تعذّر حفظ السجل «%1»: %2</translation>
        </message>
        <message>
            <source>No history saved for %1 on “%2” yet: fetch it from the platform first.</source>
            <translation>لا يوجد سجل محفوظ لـ%1 على «%2» بعد: اجلبه من المنصة أولًا.</translation>
        </message>
        <message>
            <source>The saved history holds no video of %1.</source>
            <translation>لا يحتوي السجل المحفوظ على أي فيديو لـ%1.</translation>
        </message>
        <message>
            <source>Cannot move the reach data “%1” aside: %2</source>
            <translation>تعذّر نقل بيانات الوصول «%1» جانبًا: %2</translation>
        </message>
    </context>
    <context>
        <name>RecordFormat</name>
        <message>
            <source>%1:%2</source>
            <extracomment>A recording clock: %1 minutes, %2 seconds (two digits), e.g. 1:05.</extracomment>
            <translation>%1:%2</translation>
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>A recording length preset in seconds, e.g. "15 s".</extracomment>
            <translation>%1 ث</translation>
        </message>
        <message>
            <source>%1 min</source>
            <extracomment>A recording length preset in minutes, e.g. "3 min".</extracomment>
            <translation>%1 د</translation>
        </message>
        <message>
            <source>Frames: %1 captured · %2 encoded · %3 dropped</source>
            <extracomment>Frame counts of the take: captured from the source, written to the file, dropped.</extracomment>
            <translation>الإطارات: %1 ملتقَط · %2 مرمَّز · %3 مُسقَط</translation>
        </message>
    </context>
    <context>
        <name>RecordSources</name>
        <message>
            <source>The part of the screen to record is too small: give it a width and a height.</source>
            <translation>جزء الشاشة المراد تسجيله صغير جدًا: حدّد له عرضًا وارتفاعًا.</translation>
        </message>
        <message>
            <source>Enter the number of the window to record, or use this window.</source>
            <translation>أدخل رقم النافذة المراد تسجيلها، أو استخدم هذه النافذة.</translation>
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
        <name>ReframeFilter</name>
        <message>
            <source>Aspect ratio</source>
            <translation>نسبة العرض إلى الارتفاع</translation>
        </message>
        <message>
            <source>9:16 (vertical)</source>
            <translation>9:16 (عمودي)</translation>
        </message>
        <message>
            <source>4:5 (portrait)</source>
            <translation>4:5 (طولي)</translation>
        </message>
        <message>
            <source>1:1 (square)</source>
            <translation>1:1 (مربع)</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>التتبّع</translation>
        </message>
        <message>
            <source>Faces, else motion</source>
            <translation>الوجوه، وإلا فالحركة</translation>
        </message>
        <message>
            <source>Faces only</source>
            <translation>الوجوه فقط</translation>
        </message>
        <message>
            <source>Motion only</source>
            <translation>الحركة فقط</translation>
        </message>
        <message>
            <source>Smoothing</source>
            <translation>التنعيم</translation>
        </message>
        <message>
            <source>Maximum speed (frame widths per second)</source>
            <translation>السرعة القصوى (بعدد أعراض الإطار في الثانية)</translation>
        </message>
        <message>
            <source>Auto-reframe</source>
            <translation>إعادة التأطير التلقائية</translation>
        </message>
    </context>
    <context>
        <name>SafeZones</name>
        <message>
            <source>Tabs</source>
            <translation>التبويبات</translation>
        </message>
        <message>
            <source>Caption and sound</source>
            <translation>الوصف والصوت</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>الأزرار</translation>
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
        <name>SaturationFilter</name>
        <message>
            <source>Saturation</source>
            <translation>التشبّع</translation>
        </message>
    </context>
    <context>
        <name>ScheduleTime</name>
        <message>
            <source>No time zone was given.</source>
            <translation>لم تُحدَّد منطقة زمنية.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone Montaj knows (expected an IANA name such as Europe/Paris).</source>
            <translation>«%1» ليست منطقة زمنية يعرفها مونتاج (المتوقع اسم IANA مثل Europe/Paris).</translation>
        </message>
        <message>
            <source>“%1” is not a local date and time (expected yyyy-MM-ddTHH:mm).</source>
            <translation>«%1» ليس تاريخًا ووقتًا محليين (المتوقع yyyy-MM-ddTHH:mm).</translation>
        </message>
        <message>
            <source>%1 (UTC%2)</source>
            <translation>%1 (UTC%2)</translation>
        </message>
        <message>
            <source>On %1, %2 happens twice in %3 (%4 and %5): the clocks go back. The post goes out at the first, %4.</source>
            <translation>في %1، تتكرر الساعة %2 مرتين في %3 (%4 و%5) لأن الساعة تُؤخَّر. سيُنشر المنشور في المرة الأولى، %4.</translation>
        </message>
        <message>
            <source>On %1, %2 does not exist in %3: the clocks go forward. The post is scheduled at %4, the first time after the change.</source>
            <translation>في %1، لا وجود للساعة %2 في %3 لأن الساعة تُقدَّم. جُدول المنشور في %4، وهو أول وقت بعد التغيير.</translation>
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
        <name>ScreenSource</name>
        <message>
            <source>Window %1</source>
            <translation>النافذة %1</translation>
        </message>
        <message>
            <source>Screen region %1×%2</source>
            <translation>منطقة من الشاشة %1×%2</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>الشاشة</translation>
        </message>
        <message>
            <source>This build cannot record the screen (FFmpeg has no %1 device).</source>
            <translation>لا يستطيع هذا الإصدار تسجيل الشاشة (لا يحتوي FFmpeg على الجهاز %1).</translation>
        </message>
        <message>
            <source>There is no screen to record: no X11 display is set (DISPLAY).</source>
            <translation>لا توجد شاشة لتسجيلها: لم تُعيَّن شاشة X11 (DISPLAY).</translation>
        </message>
        <message>
            <source>The screen cannot be recorded (%1).</source>
            <translation>تعذّر تسجيل الشاشة (%1).</translation>
        </message>
        <message>
            <source>The screen capture device gave no pictures we can read.</source>
            <translation>لم يقدّم جهاز التقاط الشاشة أي صور يمكن قراءتها.</translation>
        </message>
        <message>
            <source>Screen recording stopped: %1</source>
            <translation>توقّف تسجيل الشاشة: %1</translation>
        </message>
    </context>
    <context>
        <name>SharpenFilter</name>
        <message>
            <source>Radius (pixels)</source>
            <translation>نصف القطر (بكسل)</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>العتبة</translation>
        </message>
        <message>
            <source>Sharpen</source>
            <translation>زيادة الحدّة</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>الشدة</translation>
        </message>
    </context>
    <context>
        <name>SkinSmoothFilter</name>
        <message>
            <source>Only around faces</source>
            <translation>حول الوجوه فقط</translation>
        </message>
        <message>
            <source>Skin smoothing</source>
            <translation>تنعيم البشرة</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>الشدة</translation>
        </message>
    </context>
    <context>
        <name>SpeechAudio</name>
        <message>
            <source>There is no sound to transcribe.</source>
            <translation>لا يوجد صوت لتحويله إلى نص.</translation>
        </message>
        <message>
            <source>Cannot write the sound for the recognizer to %1.</source>
            <translation>تعذّرت كتابة الصوت المخصّص لمحرّك التعرّف على الكلام في %1.</translation>
        </message>
    </context>
    <context>
        <name>SpeechEngine</name>
        <message>
            <source>The transcription was cancelled.</source>
            <translation>أُلغي تحويل الكلام إلى نص.</translation>
        </message>
        <message>
            <source>%1 cannot transcribe this language (%2). It knows: %3.</source>
            <translation>لا يستطيع %1 تحويل كلام هذه اللغة إلى نص (%2). اللغات التي يعرفها: %3.</translation>
        </message>
    </context>
    <context>
        <name>SrtFormat</name>
        <message>
            <source>Cue %1 has no timing line (expected “00:00:01,000 --&gt; 00:00:02,000”).</source>
            <translation>لا يحتوي سطر الترجمة %1 على سطر توقيت (المتوقع «00:00:01,000 --&gt; 00:00:02,000»).</translation>
        </message>
        <message>
            <source>Cannot read the timing line “%1” (expected “00:00:01,000 --&gt; 00:00:02,000”).</source>
            <translation>تعذّرت قراءة سطر التوقيت «%1» (المتوقع «00:00:01,000 --&gt; 00:00:02,000»).</translation>
        </message>
        <message>
            <source>Expected a cue number or a timing line, found text.</source>
            <translation>كان المتوقع رقم سطر ترجمة أو سطر توقيت، لكن وُجد نص.</translation>
        </message>
        <message>
            <source>A cue has no number.</source>
            <translation>أحد أسطر الترجمة بلا رقم.</translation>
        </message>
        <message>
            <source>Cue number %1 where %2 was expected.</source>
            <translation>وُجد رقم سطر الترجمة %1 بينما كان المتوقع %2.</translation>
        </message>
        <message>
            <source>A dot instead of a comma before the milliseconds.</source>
            <translation>نقطة بدلًا من الفاصلة قبل أجزاء الألف من الثانية.</translation>
        </message>
        <message>
            <source>Extra or missing spaces in the timing line.</source>
            <translation>مسافات زائدة أو ناقصة في سطر التوقيت.</translation>
        </message>
        <message>
            <source>A timestamp has missing or extra digits (expected 00:00:01,000).</source>
            <translation>في أحد الطوابع الزمنية أرقام ناقصة أو زائدة (المتوقع 00:00:01,000).</translation>
        </message>
        <message>
            <source>Positions after the timing line are ignored.</source>
            <translation>تُتجاهَل المواضع الواردة بعد سطر التوقيت.</translation>
        </message>
        <message>
            <source>The cue ends before it starts.</source>
            <translation>ينتهي سطر الترجمة قبل أن يبدأ.</translation>
        </message>
        <message>
            <source>No blank line before this cue.</source>
            <translation>لا يوجد سطر فارغ قبل سطر الترجمة هذا.</translation>
        </message>
        <message>
            <source>Formatting tags (&lt;i&gt;, &lt;b&gt;, &lt;font&gt;…) were removed.</source>
            <translation>أُزيلت علامات التنسيق (&lt;i&gt;، &lt;b&gt;، &lt;font&gt;…).</translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>تم تخطّي سطر ترجمة بلا نص.</translation>
        </message>
    </context>
    <context>
        <name>SyntheticSource</name>
        <message>
            <source>Test pattern</source>
            <translation>صورة الاختبار</translation>
        </message>
        <message>
            <source>Test tone</source>
            <translation>نغمة الاختبار</translation>
        </message>
        <message>
            <source>The test pattern needs a size and a frame rate.</source>
            <translation>تحتاج صورة الاختبار إلى أبعاد ومعدل إطارات.</translation>
        </message>
        <message>
            <source>The test tone needs a sample rate and channels.</source>
            <translation>تحتاج نغمة الاختبار إلى معدل عيّنات وقنوات.</translation>
        </message>
    </context>
    <context>
        <name>TakeEncoder</name>
        <message>
            <source>The recording needs an output size and a frame rate.</source>
            <translation>يحتاج التسجيل إلى أبعاد إخراج ومعدل إطارات.</translation>
        </message>
        <message>
            <source>A captured picture could not be converted for recording.</source>
            <translation>تعذّر تحويل صورة ملتقطة لتسجيلها.</translation>
        </message>
        <message>
            <source>The sound from the microphone could not be converted (%1 Hz, %2 channels).</source>
            <translation>تعذّر تحويل صوت الميكروفون (%1 Hz، عدد القنوات: %2).</translation>
        </message>
        <message>
            <source>No picture arrived from the source during the take; nothing was recorded.</source>
            <translation>لم تصل أي صورة من المصدر أثناء اللقطة؛ فلم يُسجَّل شيء.</translation>
        </message>
    </context>
    <context>
        <name>TakeSessions</name>
        <message>
            <source>The recording session in %1 could not be marked as done (%2).</source>
            <translation>تعذّر وسم جلسة التسجيل في %1 بأنها انتهت (%2).</translation>
        </message>
    </context>
    <context>
        <name>TemperatureFilter</name>
        <message>
            <source>Temperature</source>
            <translation>درجة الحرارة</translation>
        </message>
        <message>
            <source>Tint</source>
            <translation>الصبغة</translation>
        </message>
        <message>
            <source>Temperature and tint</source>
            <translation>درجة الحرارة والصبغة</translation>
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
        <name>TimelineEdits</name>
        <message>
            <source>There is no clip or text with the id “%1”.</source>
            <translation>لا يوجد مقطع أو نص بالمعرّف «%1».</translation>
        </message>
        <message>
            <source>There is nothing to split here: put the playhead inside a clip or a selected text.</source>
            <translation>لا يوجد ما يمكن تقسيمه هنا: ضع رأس التشغيل داخل مقطع أو نص محدَّد.</translation>
        </message>
        <message>
            <source>There is nothing to trim here: put the playhead inside a clip or a selected text.</source>
            <translation>لا يوجد ما يمكن تشذيبه هنا: ضع رأس التشغيل داخل مقطع أو نص محدَّد.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>حذف العناصر</numerusform>
                <numerusform>حذف عنصر واحد</numerusform>
                <numerusform>حذف عنصرين</numerusform>
                <numerusform>حذف %Ln عناصر</numerusform>
                <numerusform>حذف %Ln عنصرًا</numerusform>
                <numerusform>حذف %Ln عنصر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ripple delete %n item(s)</source>
            <translation>
                <numerusform>حذف العناصر مع الإزاحة</numerusform>
                <numerusform>حذف عنصر واحد مع الإزاحة</numerusform>
                <numerusform>حذف عنصرين مع الإزاحة</numerusform>
                <numerusform>حذف %Ln عناصر مع الإزاحة</numerusform>
                <numerusform>حذف %Ln عنصرًا مع الإزاحة</numerusform>
                <numerusform>حذف %Ln عنصر مع الإزاحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n item(s)</source>
            <translation>
                <numerusform>تقسيم العناصر</numerusform>
                <numerusform>تقسيم عنصر واحد</numerusform>
                <numerusform>تقسيم عنصرين</numerusform>
                <numerusform>تقسيم %Ln عناصر</numerusform>
                <numerusform>تقسيم %Ln عنصرًا</numerusform>
                <numerusform>تقسيم %Ln عنصر</numerusform>
            </translation>
        </message>
        <message>
            <source>Trim text</source>
            <translation>تشذيب النص</translation>
        </message>
        <message>
            <source>Trim start</source>
            <translation>تشذيب البداية</translation>
        </message>
        <message>
            <source>Trim end</source>
            <translation>تشذيب النهاية</translation>
        </message>
        <message>
            <source>Move text</source>
            <translation>نقل النص</translation>
        </message>
        <message>
            <source>Only text can be nudged: clips on the main track play back to back.</source>
            <translation>لا يمكن إزاحة إلا النصوص: فالمقاطع على المسار الرئيسي تُعرض متتاليةً بلا فواصل.</translation>
        </message>
        <message>
            <source>Nudge text</source>
            <translation>إزاحة النص</translation>
        </message>
        <message>
            <source>The project has no music to move.</source>
            <translation>لا توجد في المشروع موسيقى لنقلها.</translation>
        </message>
        <message>
            <source>Move music</source>
            <translation>نقل الموسيقى</translation>
        </message>
        <message>
            <source>The position is outside the timeline.</source>
            <translation>الموضع خارج الخط الزمني.</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n clip(s)</source>
            <translation>
                <numerusform>إدراج مقاطع</numerusform>
                <numerusform>إدراج مقطع واحد</numerusform>
                <numerusform>إدراج مقطعين</numerusform>
                <numerusform>إدراج %Ln مقاطع</numerusform>
                <numerusform>إدراج %Ln مقطعًا</numerusform>
                <numerusform>إدراج %Ln مقطع</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>Video</source>
            <translation>الفيديو</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>الترجمة النصية</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>الموسيقى</translation>
        </message>
        <message>
            <source>Drop clips here from the media bin or your files</source>
            <translation>أفلت المقاطع هنا من حاوية الوسائط أو من ملفاتك</translation>
        </message>
        <message>
            <source>Muted</source>
            <translation>مكتوم</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>بلا صوت</translation>
        </message>
        <message>
            <source>Drop a sound file here to add music</source>
            <translation>أفلت ملفًا صوتيًا هنا لإضافة موسيقى</translation>
        </message>
        <message>
            <source>Captions will appear here: import a file or make them from speech on the Captions tab</source>
            <translation>ستظهر الترجمة النصية هنا: استورد ملفًا أو أنشئها من الكلام في تبويب «الترجمة النصية»</translation>
        </message>
    </context>
    <context>
        <name>TimelineText</name>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>Click or drag to move the playhead</source>
            <translation>انقر أو اسحب لتحريك رأس التشغيل</translation>
        </message>
        <message>
            <source>Muted</source>
            <translation>مكتوم</translation>
        </message>
        <message>
            <source>Drag to trim</source>
            <translation>اسحب للتشذيب</translation>
        </message>
        <message>
            <source>Drag to move the music in time</source>
            <translation>اسحب لتحريك الموسيقى زمنيًا</translation>
        </message>
        <message>
            <source>Captions are shown here once the project has them</source>
            <translation>تظهر الترجمة النصية هنا عندما تتوفر في المشروع</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s), %1 long; playhead at %2</source>
            <translation>
                <numerusform>لا مقاطع، المدة %1؛ رأس التشغيل عند %2</numerusform>
                <numerusform>مقطع واحد، المدة %1؛ رأس التشغيل عند %2</numerusform>
                <numerusform>مقطعان، المدة %1؛ رأس التشغيل عند %2</numerusform>
                <numerusform>%Ln مقاطع، المدة %1؛ رأس التشغيل عند %2</numerusform>
                <numerusform>%Ln مقطعًا، المدة %1؛ رأس التشغيل عند %2</numerusform>
                <numerusform>%Ln مقطع، المدة %1؛ رأس التشغيل عند %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; %n item(s) selected</source>
            <translation>
                <numerusform>%1؛ لا عناصر محدَّدة</numerusform>
                <numerusform>%1؛ عنصر واحد محدَّد</numerusform>
                <numerusform>%1؛ عنصران محدَّدان</numerusform>
                <numerusform>%1؛ %Ln عناصر محدَّدة</numerusform>
                <numerusform>%1؛ %Ln عنصرًا محدَّدًا</numerusform>
                <numerusform>%1؛ %Ln عنصر محدَّد</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToneFilter</name>
        <message>
            <source>Highlights</source>
            <translation>المناطق المضيئة</translation>
        </message>
        <message>
            <source>Shadows</source>
            <translation>الظلال</translation>
        </message>
        <message>
            <source>Highlights and shadows</source>
            <translation>المناطق المضيئة والظلال</translation>
        </message>
    </context>
    <context>
        <name>UploadState</name>
        <message>
            <source>The saved upload cannot be resumed: its record is damaged.</source>
            <translation>تعذّر استئناف عملية الرفع المحفوظة: سجلّها تالف.</translation>
        </message>
        <message>
            <source>The upload's progress cannot be saved: %1</source>
            <translation>تعذّر حفظ تقدّم الرفع: %1</translation>
        </message>
        <message>
            <source>There is no saved upload to resume.</source>
            <translation>لا توجد عملية رفع محفوظة لاستئنافها.</translation>
        </message>
    </context>
    <context>
        <name>VibranceFilter</name>
        <message>
            <source>Vibrance</source>
            <translation>الحيوية</translation>
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
        <name>VignetteFilter</name>
        <message>
            <source>Midpoint</source>
            <translation>نقطة المنتصف</translation>
        </message>
        <message>
            <source>Feather</source>
            <translation>نعومة الحافة</translation>
        </message>
        <message>
            <source>Vignette</source>
            <translation>التعتيم الطرفي</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>الشدة</translation>
        </message>
    </context>
    <context>
        <name>VttFormat</name>
        <message>
            <source>No blank line before this cue.</source>
            <translation>لا يوجد سطر فارغ قبل سطر الترجمة هذا.</translation>
        </message>
        <message>
            <source>The file does not start with “WEBVTT”; reading it as WebVTT anyway.</source>
            <translation>لا يبدأ الملف بـ«WEBVTT»؛ ستتم قراءته بصيغة WebVTT على أي حال.</translation>
        </message>
        <message>
            <source>A NOTE block was ignored.</source>
            <translation>تم تجاهل كتلة NOTE.</translation>
        </message>
        <message>
            <source>A STYLE block was ignored (Montaj styles captions itself).</source>
            <translation>تم تجاهل كتلة STYLE (يتولى مونتاج تنسيق الترجمة النصية بنفسه).</translation>
        </message>
        <message>
            <source>A REGION block was ignored.</source>
            <translation>تم تجاهل كتلة REGION.</translation>
        </message>
        <message>
            <source>A block without a timing line was ignored.</source>
            <translation>تم تجاهل كتلة بلا سطر توقيت.</translation>
        </message>
        <message>
            <source>Cannot read the timing line “%1” (expected “00:00:01.000 --&gt; 00:00:02.000”).</source>
            <translation>تعذّرت قراءة سطر التوقيت «%1» (المتوقع «00:00:01.000 --&gt; 00:00:02.000»).</translation>
        </message>
        <message>
            <source>The cue ends before it starts.</source>
            <translation>ينتهي سطر الترجمة قبل أن يبدأ.</translation>
        </message>
        <message>
            <source>A comma instead of a dot before the milliseconds.</source>
            <translation>فاصلة بدلًا من النقطة قبل أجزاء الألف من الثانية.</translation>
        </message>
        <message>
            <source>A timestamp has missing or extra digits (expected 00:00:01.000).</source>
            <translation>في أحد الطوابع الزمنية أرقام ناقصة أو زائدة (المتوقع 00:00:01.000).</translation>
        </message>
        <message>
            <source>Cues sit at different heights; the whole track uses the first cue's.</source>
            <translation>أسطر الترجمة على ارتفاعات مختلفة؛ يستخدم المسار كله ارتفاع السطر الأول.</translation>
        </message>
        <message>
            <source>The cue setting “%1” is ignored (the track's style places every cue).</source>
            <translation>تم تجاهل إعداد سطر الترجمة «%1» (نمط المسار هو الذي يحدد موضع كل سطر).</translation>
        </message>
        <message numerus="yes">
            <source>%n inline timestamp(s) out of order or outside the cue were ignored.</source>
            <translation>
                <numerusform>تم تجاهل %Ln طابع زمني داخلي خارج الترتيب أو خارج سطر الترجمة.</numerusform>
                <numerusform>تم تجاهل طابع زمني داخلي واحد خارج الترتيب أو خارج سطر الترجمة.</numerusform>
                <numerusform>تم تجاهل طابعين زمنيين داخليين خارج الترتيب أو خارج سطر الترجمة.</numerusform>
                <numerusform>تم تجاهل %Ln طوابع زمنية داخلية خارج الترتيب أو خارج سطر الترجمة.</numerusform>
                <numerusform>تم تجاهل %Ln طابعًا زمنيًا داخليًا خارج الترتيب أو خارج سطر الترجمة.</numerusform>
                <numerusform>تم تجاهل %Ln طابع زمني داخلي خارج الترتيب أو خارج سطر الترجمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>تم تخطّي سطر ترجمة بلا نص.</translation>
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
        <name>WhisperCppEngine</name>
        <message>
            <source>whisper.cpp</source>
            <translation>whisper.cpp</translation>
        </message>
        <message>
            <source>whisper.cpp is not installed: no whisper-cli program was found on the PATH. Install whisper.cpp or choose its program in Settings.</source>
            <translation>whisper.cpp غير مثبّت: لم يُعثر على برنامج whisper-cli في PATH. ثبّت whisper.cpp أو اختر برنامجه في الإعدادات.</translation>
        </message>
        <message>
            <source>The whisper.cpp program %1 was not found or cannot be run.</source>
            <translation>لم يُعثر على برنامج whisper.cpp %1 أو يتعذّر تشغيله.</translation>
        </message>
        <message>
            <source>whisper.cpp has no model: download a ggml model (for example ggml-base.bin) and choose it in Settings.</source>
            <translation>لا يوجد نموذج لـwhisper.cpp: نزّل نموذج ggml (مثل ggml-base.bin) واختره في الإعدادات.</translation>
        </message>
        <message>
            <source>The whisper.cpp model %1 was not found.</source>
            <translation>لم يُعثر على نموذج whisper.cpp %1.</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder for whisper.cpp.</source>
            <translation>تعذّر إنشاء مجلد مؤقت لـwhisper.cpp.</translation>
        </message>
        <message>
            <source>whisper.cpp could not be started: %1</source>
            <translation>تعذّر تشغيل whisper.cpp: %1</translation>
        </message>
        <message>
            <source>whisper.cpp stopped with an error (exit code %1).</source>
            <translation>توقف whisper.cpp بسبب خطأ (رمز الخروج %1).</translation>
        </message>
        <message>
            <source>whisper.cpp finished but wrote no transcript that Montaj can read.</source>
            <translation>انتهى whisper.cpp لكنه لم يكتب نصًا مفرَّغًا يستطيع مونتاج قراءته.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceChoice</name>
        <message>
            <source>Enter a PostgreSQL address such as postgresql://user@host:5432/montaj.</source>
            <translation>أدخل عنوان PostgreSQL مثل postgresql://user@host:5432/montaj.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceErrors</name>
        <message>
            <source>“%1” is not a workspace: give a file path or a postgresql:// address.</source>
            <translation>«%1» ليس مساحة عمل: حدّد مسار ملف أو عنوان postgresql://.</translation>
        </message>
        <message>
            <source>Could not open the workspace %1: %2</source>
            <translation>تعذّر فتح مساحة العمل %1: %2</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed</source>
            <translation>برنامج تشغيل Qt SQL %1 غير مثبّت</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>تعذّر إنشاء المجلد %1</translation>
        </message>
        <message>
            <source>The workspace %1 was written by a newer version of Montaj. Update Montaj to open it.</source>
            <translation>كُتبت مساحة العمل %1 بإصدار أحدث من مونتاج. حدّث مونتاج لفتحها.</translation>
        </message>
        <message>
            <source>The workspace database reported an error: %1</source>
            <translation>أبلغت قاعدة بيانات مساحة العمل عن خطأ: %1</translation>
        </message>
        <message>
            <source>This post no longer exists.</source>
            <translation>لم يعُد هذا المنشور موجودًا.</translation>
        </message>
        <message>
            <source>This account is not in the workspace.</source>
            <translation>هذا الحساب غير موجود في مساحة العمل.</translation>
        </message>
        <message numerus="yes">
            <source>This account still has %n post(s). Delete or move them first.</source>
            <translation>
                <numerusform>لا يوجد لهذا الحساب أي منشور.</numerusform>
                <numerusform>لا يزال لهذا الحساب منشور واحد. احذفه أو انقله أولًا.</numerusform>
                <numerusform>لا يزال لهذا الحساب منشوران. احذفهما أو انقلهما أولًا.</numerusform>
                <numerusform>لا يزال لهذا الحساب %Ln منشورات. احذفها أو انقلها أولًا.</numerusform>
                <numerusform>لا يزال لهذا الحساب %Ln منشورًا. احذفها أو انقلها أولًا.</numerusform>
                <numerusform>لا يزال لهذا الحساب %Ln منشور. احذفها أو انقلها أولًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is already in the workspace.</source>
            <translation>هذا الحساب موجود بالفعل في مساحة العمل.</translation>
        </message>
        <message>
            <source>Someone else changed this post in the meantime. Reload it and try again.</source>
            <translation>عدّل شخص آخر هذا المنشور في هذه الأثناء. أعد تحميله وحاول مجددًا.</translation>
        </message>
        <message>
            <source>A post that is “%1” cannot be changed.</source>
            <translation>لا يمكن تعديل منشور في حالة «%1».</translation>
        </message>
        <message>
            <source>Choose a date and time before scheduling this post.</source>
            <translation>اختر تاريخًا ووقتًا قبل جدولة هذا المنشور.</translation>
        </message>
        <message>
            <source>A new post cannot start as “%1”.</source>
            <translation>لا يمكن أن يبدأ منشور جديد في حالة «%1».</translation>
        </message>
        <message>
            <source>Only the publisher can make a post “%1”.</source>
            <translation>وحده عامل النشر يمكنه نقل منشور إلى حالة «%1».</translation>
        </message>
        <message>
            <source>Another publisher took over this post; this one stopped working on it.</source>
            <translation>تولّى عامل نشر آخر هذا المنشور؛ وتوقف هذا العامل عن العمل عليه.</translation>
        </message>
        <message>
            <source>Its time passed while no publisher was running, and the workspace skips missed posts.</source>
            <translation>انقضى موعده في حين لم يكن أي عامل نشر قيد التشغيل، ومساحة العمل مضبوطة على تخطي المنشورات الفائتة.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CameraSource</name>
        <message>
            <source>Camera</source>
            <translation>الكاميرا</translation>
        </message>
        <message>
            <source>The camera is in use by another program. Close it and try again.</source>
            <translation>الكاميرا مستخدمة من قِبل برنامج آخر. أغلقه وحاول مجددًا.</translation>
        </message>
        <message>
            <source>Montaj is not allowed to use the camera. Allow it in the system's privacy settings.</source>
            <translation>لا يُسمح لمونتاج باستخدام الكاميرا. اسمح بذلك في إعدادات الخصوصية في النظام.</translation>
        </message>
        <message>
            <source>The camera stopped working.</source>
            <translation>توقفت الكاميرا عن العمل.</translation>
        </message>
        <message>
            <source>No camera was found. Connect one, or record the screen or the test pattern instead.</source>
            <translation>لم يُعثر على أي كاميرا. وصّل كاميرا، أو سجّل الشاشة أو صورة الاختبار بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The chosen camera is not connected any more.</source>
            <translation>الكاميرا المختارة لم تعُد موصولة.</translation>
        </message>
        <message>
            <source>The camera was disconnected.</source>
            <translation>فُصلت الكاميرا.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CampaignSync</name>
        <message>
            <source>This deal did not come from a platform invitation.</source>
            <translation>لم تأتِ هذه الصفقة من دعوة عبر المنصة.</translation>
        </message>
        <message>
            <source>No platform account is linked.</source>
            <translation>لا يوجد حساب منصة مرتبط.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CaptureDevices</name>
        <message>
            <source>No camera or microphone was found: you can record the screen, or the test pattern and tone.</source>
            <translation>لم يُعثر على أي كاميرا أو ميكروفون: يمكنك تسجيل الشاشة، أو صورة الاختبار ونغمة الاختبار.</translation>
        </message>
        <message>
            <source>No camera was found: you can record the screen or the test pattern.</source>
            <translation>لم يُعثر على أي كاميرا: يمكنك تسجيل الشاشة أو صورة الاختبار.</translation>
        </message>
        <message>
            <source>No microphone was found: record without sound or with the test tone.</source>
            <translation>لم يُعثر على أي ميكروفون: سجّل دون صوت أو باستخدام نغمة الاختبار.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CollaborationsPage</name>
        <message>
            <source>Decline invitation</source>
            <translation>رفض الدعوة</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>السبب (اختياري)</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>تصدير الصفقات</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Invitations synced: %n deal(s) new or updated.</source>
            <translation>
                <numerusform>تمت مزامنة الدعوات: لا توجد صفقات جديدة أو محدَّثة.</numerusform>
                <numerusform>تمت مزامنة الدعوات: صفقة واحدة جديدة أو محدَّثة.</numerusform>
                <numerusform>تمت مزامنة الدعوات: صفقتان جديدتان أو محدَّثتان.</numerusform>
                <numerusform>تمت مزامنة الدعوات: %Ln صفقات جديدة أو محدَّثة.</numerusform>
                <numerusform>تمت مزامنة الدعوات: %Ln صفقةً جديدة أو محدَّثة.</numerusform>
                <numerusform>تمت مزامنة الدعوات: %Ln صفقة جديدة أو محدَّثة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Deal created.</source>
            <translation>أُنشئت الصفقة.</translation>
        </message>
        <message>
            <source>Deal created, but it clashes with an exclusivity: %1</source>
            <translation>أُنشئت الصفقة، لكنها تتعارض مع حصرية: %1</translation>
        </message>
        <message>
            <source>Moved to “%1”.</source>
            <translation>نُقلت الصفقة إلى «%1».</translation>
        </message>
        <message>
            <source>This deal has no fee to invoice yet.</source>
            <translation>لا يوجد لهذه الصفقة أجر لفوترته بعد.</translation>
        </message>
        <message>
            <source>Draft invoice created. Check the VAT rate before issuing it.</source>
            <translation>أُنشئت مسودة الفاتورة. تحقّق من نسبة ضريبة القيمة المضافة قبل إصدارها.</translation>
        </message>
        <message>
            <source>Invoice %1 issued.</source>
            <translation>صدرت الفاتورة %1.</translation>
        </message>
        <message>
            <source>Payment recorded: invoice %1 is now “%2”.</source>
            <translation>سُجّلت الدفعة: حالة الفاتورة %1 الآن «%2».</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>تسجيل دفعة</translation>
        </message>
        <message>
            <source>Amount received (%1)</source>
            <translation>المبلغ المستلم (%1)</translation>
        </message>
        <message>
            <source>This item no longer exists in the workspace.</source>
            <translation>لم يعُد هذا العنصر موجودًا في مساحة العمل.</translation>
        </message>
        <message>
            <source>Save invoice</source>
            <translation>حفظ الفاتورة</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Invoice saved.</source>
            <translation>حُفظت الفاتورة.</translation>
        </message>
        <message>
            <source>Deals exported.</source>
            <translation>صُدّرت الصفقات.</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>صفقة جديدة…</translation>
        </message>
        <message>
            <source>Sync invitations</source>
            <translation>مزامنة الدعوات</translation>
        </message>
        <message>
            <source>Link a platform account to receive brand invitations.</source>
            <translation>اربط حساب منصة لتلقي دعوات العلامات التجارية.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>حُفظت الشروط.</translation>
        </message>
        <message>
            <source>Deliverable saved.</source>
            <translation>حُفظ المُخرَج.</translation>
        </message>
        <message>
            <source>Deliverable removed.</source>
            <translation>أُزيل المُخرَج.</translation>
        </message>
        <message>
            <source>Contact saved.</source>
            <translation>حُفظت جهة الاتصال.</translation>
        </message>
        <message>
            <source>Contact removed.</source>
            <translation>أُزيلت جهة الاتصال.</translation>
        </message>
        <message>
            <source>Attach the contract</source>
            <translation>إرفاق العقد</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>إرفاق ملف</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt);;All files (*)</source>
            <translation>المستندات (*.pdf *.doc *.docx *.odt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Contract attached.</source>
            <translation>أُرفق العقد.</translation>
        </message>
        <message>
            <source>File attached.</source>
            <translation>أُرفق الملف.</translation>
        </message>
        <message>
            <source>File removed from the deal (the file itself stays where it is).</source>
            <translation>أُزيل الملف من الصفقة (ويبقى الملف نفسه في مكانه).</translation>
        </message>
        <message>
            <source>The deal moved to “%1”.</source>
            <translation>نُقلت الصفقة إلى «%1».</translation>
        </message>
    </context>
    <context>
        <name>montaj::CompliancePanel</name>
        <message>
            <source>Check</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>الإجراء المطلوب</translation>
        </message>
        <message>
            <source>The video shows the required labels from start to end</source>
            <translation>يعرض الفيديو العبارات المطلوبة من البداية حتى النهاية</translation>
        </message>
        <message>
            <source>The compliance rules could not be loaded.</source>
            <translation>تعذّر تحميل قواعد الامتثال.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>This deliverable's post may be scheduled.</source>
            <translation>يمكن جدولة منشور هذا المُخرَج.</translation>
        </message>
        <message numerus="yes">
            <source>This deliverable's post cannot be scheduled yet: %n problem(s) to fix.</source>
            <translation>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد.</numerusform>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد: توجد مشكلة واحدة يجب إصلاحها.</numerusform>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد: توجد مشكلتان يجب إصلاحهما.</numerusform>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد: توجد %Ln مشكلات يجب إصلاحها.</numerusform>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد: توجد %Ln مشكلةً يجب إصلاحها.</numerusform>
                <numerusform>لا يمكن جدولة منشور هذا المُخرَج بعد: توجد %Ln مشكلة يجب إصلاحها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Brand manager, agent…</source>
            <translation>مدير العلامة التجارية، وكيل…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>الدور:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>البريد الإلكتروني:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>الهاتف:</translation>
        </message>
    </context>
    <context>
        <name>montaj::ContactsPanel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>montaj::CrossThreadTokenStore</name>
        <message>
            <source>The sign-in store is no longer available.</source>
            <translation>لم يعُد مخزن تسجيلات الدخول متاحًا.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealEditor</name>
        <message>
            <source>Exclusive in this category</source>
            <translation>حصرية في هذه الفئة</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>صفقة جديدة</translation>
        </message>
        <message>
            <source> days after</source>
            <translation> يوم بعدها</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>العلامة التجارية</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <source>What is promoted</source>
            <translation>موضوع الترويج</translation>
        </message>
        <message>
            <source>Fee (excl. VAT)</source>
            <translation>الأجر (دون الضريبة)</translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>الجماهير</translation>
        </message>
        <message>
            <source>Exclusivity</source>
            <translation>الحصرية</translation>
        </message>
        <message>
            <source>The fee is not an amount.</source>
            <translation>الأجر ليس مبلغًا ماليًا.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>موقَّع</translation>
        </message>
        <message>
            <source>without #, separated by spaces</source>
            <translation>دون #، مفصولة بمسافات</translation>
        </message>
        <message>
            <source>Contract reference</source>
            <translation>مرجع العقد</translation>
        </message>
        <message>
            <source> days net</source>
            <translation> يوم للسداد</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>الموجز</translation>
        </message>
        <message>
            <source>Required hashtags</source>
            <translation>الوسوم المطلوبة</translation>
        </message>
        <message>
            <source>Written contract</source>
            <translation>العقد المكتوب</translation>
        </message>
        <message>
            <source>Deal terms</source>
            <translation>شروط الصفقة</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealLinkBox</name>
        <message>
            <source>None: not part of a brand deal</source>
            <translation>لا شيء: ليس جزءًا من صفقة مع علامة تجارية</translation>
        </message>
        <message>
            <source>Audiences: %1. Disclosure is checked for each of them before the post is scheduled.</source>
            <translation>الجماهير: %1. يُتحقَّق من الإفصاح لكل منها قبل جدولة المنشور.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>The compliance rules could not be loaded, so this deliverable cannot be checked.</source>
            <translation>تعذّر تحميل قواعد الامتثال، لذا يتعذّر التحقق من هذا المُخرَج.</translation>
        </message>
        <message>
            <source>Reading the project's labels…</source>
            <translation>جارٍ قراءة عبارات المشروع…</translation>
        </message>
        <message>
            <source>The disclosure is complete for this deliverable.</source>
            <translation>الإفصاح مكتمل لهذا المُخرَج.</translation>
        </message>
        <message numerus="yes">
            <source>%n disclosure item(s) missing: see “Before scheduling” below.</source>
            <translation>
                <numerusform>ينقص %Ln عنصر إفصاح: راجع «قبل الجدولة» أدناه.</numerusform>
                <numerusform>ينقص عنصر إفصاح واحد: راجع «قبل الجدولة» أدناه.</numerusform>
                <numerusform>ينقص عنصرا إفصاح: راجع «قبل الجدولة» أدناه.</numerusform>
                <numerusform>تنقص %Ln عناصر إفصاح: راجع «قبل الجدولة» أدناه.</numerusform>
                <numerusform>ينقص %Ln عنصرًا من عناصر الإفصاح: راجع «قبل الجدولة» أدناه.</numerusform>
                <numerusform>ينقص %Ln عنصر إفصاح: راجع «قبل الجدولة» أدناه.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 Deal: %2.</source>
            <translation>%1 الصفقة: %2.</translation>
        </message>
        <message>
            <source>Exclusivity conflict: %1</source>
            <translation>تعارض في الحصرية: %1</translation>
        </message>
        <message>
            <source>This post falls in the exclusivity of %1: confirm that you schedule it anyway.</source>
            <translation>يقع هذا المنشور ضمن حصرية %1: أكّد أنك تريد جدولته رغم ذلك.</translation>
        </message>
        <message>
            <source>Brand deal</source>
            <translation>صفقة مع علامة تجارية</translation>
        </message>
        <message>
            <source>Deliverable:</source>
            <translation>المُخرَج:</translation>
        </message>
        <message>
            <source>The video shows the required labels from start to end</source>
            <translation>يعرض الفيديو العبارات المطلوبة من البداية حتى النهاية</translation>
        </message>
        <message>
            <source>Schedule it anyway: I have checked this exclusivity with the brands</source>
            <translation>جدولة المنشور رغم ذلك: تحقّقتُ من هذه الحصرية مع العلامات التجارية</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealService</name>
        <message>
            <source>The deals are not open yet.</source>
            <translation>لم تُفتح الصفقات بعد.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealView</name>
        <message>
            <source>(new)</source>
            <translation>(جديدة)</translation>
        </message>
        <message>
            <source>%1 — %2: %3 → %4</source>
            <translation>%1 — %2: %3 ← %4</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>العلامة التجارية</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>الموجز</translation>
        </message>
        <message>
            <source>Required hashtags</source>
            <translation>الوسوم المطلوبة</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>الأجر</translation>
        </message>
        <message>
            <source>Gifted value</source>
            <translation>قيمة المنتجات المُهداة</translation>
        </message>
        <message>
            <source>Agency commission</source>
            <translation>عمولة الوكالة</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>شروط الدفع</translation>
        </message>
        <message numerus="yes">
            <source>%1 upfront, net %n day(s)</source>
            <translation>
                <numerusform>%1 مقدّمًا، والباقي عند إصدار الفاتورة</numerusform>
                <numerusform>%1 مقدّمًا، والباقي خلال يوم واحد</numerusform>
                <numerusform>%1 مقدّمًا، والباقي خلال يومين</numerusform>
                <numerusform>%1 مقدّمًا، والباقي خلال %Ln أيام</numerusform>
                <numerusform>%1 مقدّمًا، والباقي خلال %Ln يومًا</numerusform>
                <numerusform>%1 مقدّمًا، والباقي خلال %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Paid ad authorization</source>
            <translation>تفويض الإعلانات المدفوعة</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Exclusivity</source>
            <translation>الحصرية</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا توجد</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3, then %n day(s)</source>
            <translation>
                <numerusform>%1، من %2 إلى %3، دون تمديد</numerusform>
                <numerusform>%1، من %2 إلى %3، ثم يوم واحد</numerusform>
                <numerusform>%1، من %2 إلى %3، ثم يومان</numerusform>
                <numerusform>%1، من %2 إلى %3، ثم %Ln أيام</numerusform>
                <numerusform>%1، من %2 إلى %3، ثم %Ln يومًا</numerusform>
                <numerusform>%1، من %2 إلى %3، ثم %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>الجماهير</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Written contract</source>
            <translation>العقد المكتوب</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>موقَّع</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>غير موقَّع</translation>
        </message>
        <message>
            <source>Invitation expires</source>
            <translation>انتهاء صلاحية الدعوة</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Fee %1 · gifted %2 · still to be paid on invoices %3</source>
            <translation>الأجر %1 · قيمة الهدايا %2 · المتبقي للدفع على الفواتير %3</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>الشروط</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>المخرجات</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>الامتثال</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>المالية</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>مدفوع</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>المبلغ المتبقي</translation>
        </message>
        <message>
            <source>New invoice from the fee</source>
            <translation>فاتورة جديدة من الأجر</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>إصدار</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>تسجيل دفعة…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>Accept invitation</source>
            <translation>قبول الدعوة</translation>
        </message>
        <message>
            <source>Decline…</source>
            <translation>رفض…</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>الإفصاح</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>تعديل الشروط…</translation>
        </message>
    </context>
    <context>
        <name>montaj::DeliverableDialog</name>
        <message>
            <source>Draft due</source>
            <translation>موعد تسليم المسودة</translation>
        </message>
        <message>
            <source>Posting window</source>
            <translation>فترة النشر</translation>
        </message>
        <message>
            <source>The brand approves the draft before it is posted</source>
            <translation>توافق العلامة التجارية على المسودة قبل نشرها</translation>
        </message>
        <message>
            <source>Faces or bodies are retouched (beauty or face filters)</source>
            <translation>الوجوه أو الأجسام معدَّلة (مرشّحات التجميل أو الوجه)</translation>
        </message>
        <message>
            <source>It shows AI-generated people or scenes</source>
            <translation>يعرض أشخاصًا أو مشاهد مُنشأة بالذكاء الاصطناعي</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>المُخرَج</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>المنصة:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>الشكل:</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>الكمية:</translation>
        </message>
        <message>
            <source>Revision rounds:</source>
            <translation>جولات المراجعة:</translation>
        </message>
        <message>
            <source>Name the platform.</source>
            <translation>حدّد المنصة.</translation>
        </message>
        <message>
            <source>Say what is delivered (a video, a story…).</source>
            <translation>حدّد ما سيُسلَّم (فيديو، قصة…).</translation>
        </message>
        <message>
            <source>The posting window must end after it starts.</source>
            <translation>يجب أن تنتهي فترة النشر بعد بدايتها.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DeliverablesPanel</name>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>المُخرَج</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>المنصة</translation>
        </message>
        <message>
            <source>Draft due</source>
            <translation>موعد تسليم المسودة</translation>
        </message>
        <message>
            <source>Posting window</source>
            <translation>فترة النشر</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>المنشورات</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>montaj::DisclosureLabelDialog</name>
        <message>
            <source>Faces or bodies were retouched (beauty or face filters)</source>
            <translation>عُدّلت الوجوه أو الأجسام (مرشّحات التجميل أو الوجه)</translation>
        </message>
        <message>
            <source>It shows AI-generated people or scenes</source>
            <translation>يعرض أشخاصًا أو مشاهد مُنشأة بالذكاء الاصطناعي</translation>
        </message>
        <message>
            <source>Add disclosure label</source>
            <translation>إضافة عبارة إفصاح</translation>
        </message>
        <message>
            <source>No deal in Montaj: choose the audience</source>
            <translation>لا توجد صفقة في مونتاج: اختر الجمهور</translation>
        </message>
        <message>
            <source>Add labels</source>
            <translation>إضافة العبارات</translation>
        </message>
        <message>
            <source>Deliverable:</source>
            <translation>المُخرَج:</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>الجمهور:</translation>
        </message>
        <message>
            <source>Disclosure:</source>
            <translation>الإفصاح:</translation>
        </message>
        <message>
            <source>The video already shows every label needed, or none is needed.</source>
            <translation>يعرض الفيديو بالفعل كل العبارات اللازمة، أو لا حاجة إلى أي منها.</translation>
        </message>
        <message>
            <source>Will add for the whole video: %1.</source>
            <translation>ستُضاف طوال مدة الفيديو: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>montaj::FilesPanel</name>
        <message>
            <source>“%1” cannot be opened: it was moved or deleted, or no application opens it.</source>
            <translation>يتعذّر فتح «%1»: فقد نُقل أو حُذف، أو لا يوجد تطبيق يفتحه.</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>إرفاق ملف…</translation>
        </message>
        <message>
            <source>Attach contract…</source>
            <translation>إرفاق العقد…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Contract (signed): %1</source>
            <translation>العقد (موقَّع): %1</translation>
        </message>
        <message>
            <source>Contract (not signed): %1</source>
            <translation>العقد (غير موقَّع): %1</translation>
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
        <name>montaj::LiveEventStream</name>
        <message>
            <source>This LIVE session is not available to your account.</source>
            <translation>جلسة البث المباشر هذه غير متاحة لحسابك.</translation>
        </message>
        <message>
            <source>The LIVE event stream could not be opened. Trying again…</source>
            <translation>تعذّر فتح تدفق أحداث البث المباشر. جارٍ إعادة المحاولة…</translation>
        </message>
        <message>
            <source>The LIVE connection dropped. Reconnecting…</source>
            <translation>انقطع الاتصال بالبث المباشر. جارٍ إعادة الاتصال…</translation>
        </message>
        <message numerus="yes">
            <source>The LIVE connection could not be restored after %Ln attempts.</source>
            <translation>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر.</numerusform>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر بعد محاولة واحدة.</numerusform>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر بعد محاولتين.</numerusform>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر بعد %Ln محاولات.</numerusform>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر بعد %Ln محاولةً.</numerusform>
                <numerusform>تعذّرت استعادة الاتصال بالبث المباشر بعد %Ln محاولة.</numerusform>
            </translation>
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
        <name>montaj::MediaPreparer</name>
        <message>
            <source>The export preset “%1” does not exist.</source>
            <translation>الإعداد المسبق للتصدير «%1» غير موجود.</translation>
        </message>
        <message>
            <source>Montaj cannot write to its publishing folder %1.</source>
            <translation>لا يستطيع مونتاج الكتابة في مجلد النشر الخاص به %1.</translation>
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
            <source>This address only receives Montaj's sign-in answer.</source>
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
        <name>montaj::PipelineBoard</name>
        <message>
            <source>Move to</source>
            <translation>نقل إلى</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 A closed deal stays closed.</source>
            <translation>%1 الصفقة المغلقة تبقى مغلقة.</translation>
        </message>
        <message>
            <source>%1 From “%2” it can go to: %3.</source>
            <translation>%1 من «%2» يمكن نقلها إلى: %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
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
        <message>
            <source>Import media</source>
            <translation>استيراد الوسائط</translation>
        </message>
        <message>
            <source>“%1” is not in the media bin.</source>
            <translation>«%1» غير موجود في حاوية الوسائط.</translation>
        </message>
        <message>
            <source>Remove from media bin</source>
            <translation>إزالة من حاوية الوسائط</translation>
        </message>
        <message numerus="yes">
            <source>There is no caption number %1 (the project has %n caption(s)).</source>
            <translation>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع %Ln سطر ترجمة).</numerusform>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع سطر ترجمة واحد).</numerusform>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع سطرا ترجمة).</numerusform>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع %Ln أسطر ترجمة).</numerusform>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع %Ln سطرًا من أسطر الترجمة).</numerusform>
                <numerusform>لا يوجد سطر ترجمة رقمه %1 (في المشروع %Ln سطر ترجمة).</numerusform>
            </translation>
        </message>
        <message>
            <source>Change captions</source>
            <translation>تغيير الترجمة النصية</translation>
        </message>
        <message>
            <source>Add caption</source>
            <translation>إضافة سطر ترجمة</translation>
        </message>
        <message>
            <source>Edit caption</source>
            <translation>تعديل سطر الترجمة</translation>
        </message>
        <message>
            <source>Delete caption</source>
            <translation>حذف سطر الترجمة</translation>
        </message>
        <message>
            <source>Split caption</source>
            <translation>تقسيم سطر الترجمة</translation>
        </message>
        <message>
            <source>Merge captions</source>
            <translation>دمج أسطر الترجمة</translation>
        </message>
        <message>
            <source>Shift captions</source>
            <translation>إزاحة الترجمة النصية</translation>
        </message>
        <message>
            <source>Type the text to find.</source>
            <translation>اكتب النص المراد البحث عنه.</translation>
        </message>
        <message>
            <source>Replace in captions</source>
            <translation>الاستبدال في الترجمة النصية</translation>
        </message>
        <message>
            <source>Change caption style</source>
            <translation>تغيير نمط الترجمة النصية</translation>
        </message>
        <message>
            <source>A filter has no name.</source>
            <translation>أحد المرشّحات بلا اسم.</translation>
        </message>
        <message>
            <source>Change filters</source>
            <translation>تغيير المرشّحات</translation>
        </message>
        <message>
            <source>Change where captions go</source>
            <translation>تغيير مكان الترجمة</translation>
        </message>
    </context>
    <context>
        <name>montaj::ProxyCache</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 غير موجود.</translation>
        </message>
    </context>
    <context>
        <name>montaj::PublishJob</name>
        <message numerus="yes">
            <source>Montaj gave up after %n attempt(s). The last problem: %1</source>
            <translation>
                <numerusform>توقّف مونتاج دون أي محاولة. آخر مشكلة: %1</numerusform>
                <numerusform>توقّف مونتاج بعد محاولة واحدة. آخر مشكلة: %1</numerusform>
                <numerusform>توقّف مونتاج بعد محاولتين. آخر مشكلة: %1</numerusform>
                <numerusform>توقّف مونتاج بعد %Ln محاولات. آخر مشكلة: %1</numerusform>
                <numerusform>توقّف مونتاج بعد %Ln محاولةً. آخر مشكلة: %1</numerusform>
                <numerusform>توقّف مونتاج بعد %Ln محاولة. آخر مشكلة: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Montaj cannot tell whether this post reached @%1: its request went out but the answer was lost, and the platform does not list it. Check the profile; if the post is not there, schedule it again.</source>
            <translation>لا يستطيع مونتاج معرفة ما إذا كان هذا المنشور قد وصل إلى الحساب @%1: فقد أُرسل طلبه لكن الرد ضاع، ولا تُدرجه المنصة. تحقّق من الملف الشخصي؛ وإن لم يكن المنشور موجودًا فجدوِله مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>montaj::Publisher</name>
        <message>
            <source>The publisher is already running.</source>
            <translation>عامل النشر قيد التشغيل بالفعل.</translation>
        </message>
        <message>
            <source>Montaj cannot write to its publishing folder %1.</source>
            <translation>لا يستطيع مونتاج الكتابة في مجلد النشر الخاص به %1.</translation>
        </message>
    </context>
    <context>
        <name>montaj::Recorder</name>
        <message>
            <source>The recording settings cannot change during a take.</source>
            <translation>لا يمكن تغيير إعدادات التسجيل أثناء اللقطة.</translation>
        </message>
        <message>
            <source>The recording needs an even output size and a frame rate.</source>
            <translation>يحتاج التسجيل إلى أبعاد إخراج زوجية ومعدل إطارات.</translation>
        </message>
        <message>
            <source>The camera or screen cannot change during a take.</source>
            <translation>لا يمكن تغيير الكاميرا أو الشاشة أثناء اللقطة.</translation>
        </message>
        <message>
            <source>The microphone cannot change during a take.</source>
            <translation>لا يمكن تغيير الميكروفون أثناء اللقطة.</translation>
        </message>
        <message>
            <source>Choose a camera, the screen or the test pattern first.</source>
            <translation>اختر أولًا كاميرا أو الشاشة أو صورة الاختبار.</translation>
        </message>
        <message>
            <source>A recording session is already open.</source>
            <translation>توجد جلسة تسجيل مفتوحة بالفعل.</translation>
        </message>
        <message>
            <source>The folder for the takes cannot be created.</source>
            <translation>يتعذّر إنشاء مجلد اللقطات.</translation>
        </message>
        <message>
            <source>The last take is still being saved; try again in a moment.</source>
            <translation>لا يزال حفظ اللقطة الأخيرة جاريًا؛ حاول مجددًا بعد لحظات.</translation>
        </message>
        <message>
            <source>Open the camera or screen before recording.</source>
            <translation>افتح الكاميرا أو الشاشة قبل التسجيل.</translation>
        </message>
        <message>
            <source>Stop recording before deleting a take.</source>
            <translation>أوقف التسجيل قبل حذف لقطة.</translation>
        </message>
        <message>
            <source>There is no take to delete.</source>
            <translation>لا توجد لقطة لحذفها.</translation>
        </message>
        <message>
            <source>The take's file could not be deleted.</source>
            <translation>تعذّر حذف ملف اللقطة.</translation>
        </message>
    </context>
    <context>
        <name>montaj::SandboxAccountSessions</name>
        <message>
            <source>The sandbox signed in a different account than @%1 (open_id %2, expected %3).</source>
            <translation>سجّلت بيئة التجربة الدخول بحساب غير الحساب @%1 (open_id %2، والمتوقع %3).</translation>
        </message>
        <message>
            <source>The sandbox did not sign the account in (%1). Is it running with automatic approval, and does the account exist?</source>
            <translation>لم تسجّل بيئة التجربة دخول الحساب (%1). هل تعمل مع الموافقة التلقائية، وهل الحساب موجود؟</translation>
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
        <name>montaj::TokenStoreAccountSessions</name>
        <message>
            <source>@%1 has never been signed in on this computer. Sign in to the account, then schedule the post again.</source>
            <translation>لم يُسجَّل دخول الحساب @%1 على هذا الحاسوب من قبل. سجّل الدخول إلى الحساب، ثم جدوِل المنشور مجددًا.</translation>
        </message>
        <message>
            <source>No app is configured for this platform.</source>
            <translation>لم يُضبط أي تطبيق لهذه المنصة.</translation>
        </message>
        <message>
            <source>@%1 is not signed in on this computer any more. Sign in to the account again, then schedule the post again.</source>
            <translation>لم يعُد الحساب @%1 مسجّل الدخول على هذا الحاسوب. سجّل الدخول إلى الحساب مجددًا، ثم جدوِل المنشور مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TranscriptionJob</name>
        <message>
            <source>No speech recognizer is available on this computer.</source>
            <translation>لا يتوفر أي محرك للتعرّف على الكلام على هذا الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>montaj::WorkspaceService</name>
        <message>
            <source>No workspace is open.</source>
            <translation>لا توجد مساحة عمل مفتوحة.</translation>
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
                <numerusform>حُجِبت %Ln أسرار.</numerusform>
                <numerusform>حُجِب %Ln سرًّا.</numerusform>
                <numerusform>حُجِب %Ln سرّ.</numerusform>
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
            <source>The folder that keeps the sandbox's accounts, tokens and videos.</source>
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
        <message>
            <source>Import, export and list scheduled posts (CSV, iCalendar)</source>
            <translation>استورد المنشورات المجدولة وصدّرها واعرضها (CSV وiCalendar)</translation>
        </message>
        <message>
            <source>Show a workspace, its accounts and settings</source>
            <translation>اعرض مساحة عمل وحساباتها وإعداداتها</translation>
        </message>
        <message>
            <source>Publish due posts from a workspace (the publisher worker)</source>
            <translation>انشر المنشورات المستحقة من مساحة عمل (عامل النشر)</translation>
        </message>
        <message>
            <source>No app credentials for %1: set %2_CLIENT_KEY and %2_CLIENT_SECRET.</source>
            <translation>لا توجد بيانات اعتماد تطبيق لـ%1: عيّن %2_CLIENT_KEY و%2_CLIENT_SECRET.</translation>
        </message>
        <message>
            <source>Publish to the platform sandbox at URL (started with --auto-approve), signing each account in automatically.</source>
            <translation>انشر إلى بيئة تجربة المنصة على العنوان URL (المشغَّلة مع --auto-approve)، مع تسجيل دخول كل حساب تلقائيًا.</translation>
        </message>
        <message>
            <source>This worker's name in the posts' history (default: host:pid).</source>
            <translation>اسم هذا العامل في سجل المنشورات (الافتراضي: host:pid).</translation>
        </message>
        <message>
            <source>Seconds a claimed post stays this worker's without a renewal.</source>
            <translation>عدد الثواني التي يبقى فيها المنشور المحجوز لدى هذا العامل دون تجديد.</translation>
        </message>
        <message>
            <source>Only publish for this account (username); repeat for several.</source>
            <translation>انشر لهذا الحساب فقط (اسم المستخدم)؛ كرّر الخيار لعدة حسابات.</translation>
        </message>
        <message>
            <source>Stop when no post is due or in flight.</source>
            <translation>توقّف عندما لا يبقى منشور مستحق أو قيد النشر.</translation>
        </message>
        <message>
            <source>run</source>
            <translation>run</translation>
        </message>
        <message>
            <source>%1: say run.</source>
            <translation>%1: اكتب run.</translation>
        </message>
        <message>
            <source>%1: --concurrency takes 1 to 64 and --lease at least 5 seconds.</source>
            <translation>%1: يقبل --concurrency من 1 إلى 64، ويقبل --lease 5 ثوانٍ على الأقل.</translation>
        </message>
        <message>
            <source>%1: no account “%2” in this workspace.</source>
            <translation>%1: لا يوجد حساب «%2» في مساحة العمل هذه.</translation>
        </message>
        <message>
            <source>Add N public creator accounts creator_1 … creator_N (agency tests and benchmarks).</source>
            <translation>أضف N من حسابات صنّاع المحتوى العامة creator_1 … creator_N (لاختبارات الوكالات وقياس الأداء).</translation>
        </message>
        <message>
            <source>Direct posts a creator may make per 24 hours.</source>
            <translation>عدد المنشورات المباشرة المسموح بها لصانع المحتوى خلال 24 ساعة.</translation>
        </message>
        <message>
            <source>How long the sandbox takes to process an upload, in ms.</source>
            <translation>المدة التي تستغرقها بيئة التجربة لمعالجة عملية رفع، بالمللي ثانية.</translation>
        </message>
        <message>
            <source>montajctl sandbox: --creators, --max-posts-per-day and --moderation-delay-ms take whole numbers.</source>
            <translation>montajctl sandbox: تقبل الخيارات --creators و--max-posts-per-day و--moderation-delay-ms أعدادًا صحيحة.</translation>
        </message>
        <message>
            <source>import: store the rows without errors (default: only report).</source>
            <translation>import: خزّن الصفوف الخالية من الأخطاء (الافتراضي: الاكتفاء بالتقرير).</translation>
        </message>
        <message>
            <source>The account (username) for files that name none (Hootsuite); list/export: only this account.</source>
            <translation>الحساب (اسم المستخدم) للملفات التي لا تذكر حسابًا (Hootsuite)؛ list/export: هذا الحساب فقط.</translation>
        </message>
        <message>
            <source>import: the privacy for files that name none (e.g. PUBLIC_TO_EVERYONE).</source>
            <translation>import: مستوى الخصوصية للملفات التي لا تذكره (مثل PUBLIC_TO_EVERYONE).</translation>
        </message>
        <message>
            <source>export: the file to write (.csv or .ics).</source>
            <translation>export: الملف المراد كتابته (.csv أو .ics).</translation>
        </message>
        <message>
            <source>list/export: from this date (yyyy-mm-dd, UTC).</source>
            <translation>list/export: بدءًا من هذا التاريخ (yyyy-mm-dd، بتوقيت UTC).</translation>
        </message>
        <message>
            <source>list/export: before this date (yyyy-mm-dd, UTC).</source>
            <translation>list/export: قبل هذا التاريخ (yyyy-mm-dd، بتوقيت UTC).</translation>
        </message>
        <message>
            <source>export: the CSV separator, “,” or “;”.</source>
            <translation>export: فاصل CSV، «,» أو «;».</translation>
        </message>
        <message>
            <source>Print JSON lines instead of text.</source>
            <translation>اطبع أسطر JSON بدلًا من النص.</translation>
        </message>
        <message>
            <source>%1: cannot read “%2”: %3</source>
            <translation>%1: تعذّرت قراءة «%2»: %3</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>السطر %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>السطر %1، العمود %2</translation>
        </message>
        <message>
            <source>error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Nothing was imported (dry run). Add --import-valid to import the valid rows.</source>
            <translation>لم يُستورد أي شيء (تشغيل تجريبي). أضف --import-valid لاستيراد الصفوف الصالحة.</translation>
        </message>
        <message>
            <source>Dates are written yyyy-mm-dd.</source>
            <translation>تُكتب التواريخ بصيغة yyyy-mm-dd.</translation>
        </message>
        <message>
            <source>No account “%1” in this workspace.</source>
            <translation>لا يوجد حساب «%1» في مساحة العمل هذه.</translation>
        </message>
        <message>
            <source>%1: --separator is “,” or “;”.</source>
            <translation>%1: قيمة --separator هي «,» أو «;».</translation>
        </message>
        <message>
            <source>%1: cannot write “%2”: %3</source>
            <translation>%1: تعذّرت كتابة «%2»: %3</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>غير مجدول</translation>
        </message>
        <message>
            <source>import FILE.csv, export -o FILE, or list</source>
            <translation>import FILE.csv أو export -o FILE أو list</translation>
        </message>
        <message>
            <source>Import, export and list scheduled posts (CSV, iCalendar).</source>
            <translation>استورد المنشورات المجدولة وصدّرها واعرضها (CSV وiCalendar).</translation>
        </message>
        <message>
            <source>%1: say import FILE.csv, export -o FILE, or list.</source>
            <translation>%1: اكتب import FILE.csv أو export -o FILE أو list.</translation>
        </message>
        <message>
            <source>The account's open_id on the platform.</source>
            <translation>معرّف open_id للحساب على المنصة.</translation>
        </message>
        <message>
            <source>The platform profile: sandbox, tiktok or tiktok-us.</source>
            <translation>ملف تعريف المنصة: sandbox أو tiktok أو tiktok-us.</translation>
        </message>
        <message>
            <source>The account's time zone (IANA, e.g. Europe/Paris).</source>
            <translation>المنطقة الزمنية للحساب (IANA، مثل Europe/Paris).</translation>
        </message>
        <message>
            <source>The account's colour in the calendar (#rrggbb).</source>
            <translation>لون الحساب في التقويم (#rrggbb).</translation>
        </message>
        <message>
            <source>Posting times for the queue, comma-separated (e.g. 09:00,18:30).</source>
            <translation>أوقات النشر لقائمة الانتظار، مفصولة بفواصل (مثل 09:00,18:30).</translation>
        </message>
        <message>
            <source>add-account: sign in to the sandbox at URL as this account to learn its open_id.</source>
            <translation>add-account: سجّل الدخول إلى بيئة التجربة على العنوان URL بهذا الحساب لمعرفة open_id الخاص به.</translation>
        </message>
        <message>
            <source>info, accounts, add-account USERNAME, or set KEY VALUE</source>
            <translation>info أو accounts أو add-account USERNAME أو set KEY VALUE</translation>
        </message>
        <message>
            <source>Show and change a workspace: its accounts and settings (SQLite file or PostgreSQL).</source>
            <translation>اعرض مساحة عمل وعدّلها: حساباتها وإعداداتها (ملف SQLite أو PostgreSQL).</translation>
        </message>
        <message>
            <source>%1: say info, accounts, add-account USERNAME, or set KEY VALUE.</source>
            <translation>%1: اكتب info أو accounts أو add-account USERNAME أو set KEY VALUE.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a time like 09:30.</source>
            <translation>%1: «%2» ليس وقتًا بصيغة مثل 09:30.</translation>
        </message>
        <message>
            <source>%1: --open-id (or --sandbox) is required.</source>
            <translation>%1: الخيار --open-id (أو --sandbox) مطلوب.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a known time zone.</source>
            <translation>%1: «%2» ليست منطقة زمنية معروفة.</translation>
        </message>
        <message>
            <source>The workspace: a SQLite file or a postgresql:// URL (default: MONTAJ_WORKSPACE, or the studio's own workspace).</source>
            <translation>مساحة العمل: ملف SQLite أو عنوان postgresql:// (الافتراضي: MONTAJ_WORKSPACE، وإلا فمساحة عمل الاستوديو نفسه).</translation>
        </message>
        <message>
            <source>How many posts are published at the same time.</source>
            <translation>عدد المنشورات التي تُنشر في الوقت نفسه.</translation>
        </message>
        <message>
            <source>Publish due posts from a workspace, each exactly once, until interrupted.</source>
            <translation>انشر المنشورات المستحقة من مساحة عمل، كل منشور مرة واحدة فقط، حتى المقاطعة.</translation>
        </message>
        <message>
            <source>Rows: %1 · valid: %2 · with errors: %3 · errors: %4 · warnings: %5</source>
            <translation>الصفوف: %1 · صالحة: %2 · بها أخطاء: %3 · الأخطاء: %4 · التحذيرات: %5</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>لم يُستورد أي منشور.</numerusform>
                <numerusform>استُورد منشور واحد.</numerusform>
                <numerusform>استُورد منشوران.</numerusform>
                <numerusform>استُوردت %Ln منشورات.</numerusform>
                <numerusform>استُورد %Ln منشورًا.</numerusform>
                <numerusform>استُورد %Ln منشور.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n post(s) to %1.</source>
            <translation>
                <numerusform>لم يُكتب أي منشور في %1.</numerusform>
                <numerusform>كُتب منشور واحد في %1.</numerusform>
                <numerusform>كُتب منشوران في %1.</numerusform>
                <numerusform>كُتبت %Ln منشورات في %1.</numerusform>
                <numerusform>كُتب %Ln منشورًا في %1.</numerusform>
                <numerusform>كُتب %Ln منشور في %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimate a post's views before posting; backtest the estimator on history</source>
            <translation>قدّر مشاهدات منشور قبل نشره؛ واختبر المقدِّر اختبارًا رجعيًا على السجل</translation>
        </message>
        <message>
            <source>The platform profile of a scraped history file (default: tiktok).</source>
            <translation>ملف تعريف المنصة لملف سجل مستخرَج آليًا (الافتراضي: tiktok).</translation>
        </message>
        <message>
            <source>fit, convert: the file to write; backtest: one CSV row per predicted video.</source>
            <translation>fit وconvert: الملف المراد كتابته؛ backtest: صف CSV واحد لكل فيديو متنبَّأ به.</translation>
        </message>
        <message>
            <source>estimate: the creator's history file.</source>
            <translation>estimate: ملف سجل صانع المحتوى.</translation>
        </message>
        <message>
            <source>estimate: the creator in the history file (needed when it holds several).</source>
            <translation>estimate: صانع المحتوى في ملف السجل (مطلوب عندما يحتوي الملف على أكثر من واحد).</translation>
        </message>
        <message>
            <source>estimate: a workspace account; its history as the studio last fetched it.</source>
            <translation>estimate: حساب من مساحة العمل؛ ويُستخدم سجله كما جلبه الاستوديو آخر مرة.</translation>
        </message>
        <message>
            <source>estimate: a model written by “reach fit” (default: the built-in one).</source>
            <translation>estimate: نموذج كتبه «reach fit» (الافتراضي: النموذج المدمج).</translation>
        </message>
        <message>
            <source>estimate: when the post goes out (ISO 8601, default: now).</source>
            <translation>estimate: موعد نشر المنشور (ISO 8601، الافتراضي: الآن).</translation>
        </message>
        <message>
            <source>estimate: the audience's time zone (IANA, default: the account's or UTC).</source>
            <translation>estimate: المنطقة الزمنية للجمهور (IANA، الافتراضي: منطقة الحساب أو UTC).</translation>
        </message>
        <message>
            <source>estimate: the video's length (seconds or mm:ss).</source>
            <translation>estimate: مدة الفيديو (بالثواني أو mm:ss).</translation>
        </message>
        <message>
            <source>estimate: a photo post, not a video.</source>
            <translation>estimate: منشور صور، وليس فيديو.</translation>
        </message>
        <message>
            <source>estimate: the caption.</source>
            <translation>estimate: الوصف.</translation>
        </message>
        <message>
            <source>estimate: hashtags, comma-separated (default: the caption's #tags).</source>
            <translation>estimate: الوسوم، مفصولة بفواصل (الافتراضي: وسوم # الموجودة في الوصف).</translation>
        </message>
        <message>
            <source>estimate: whether the video has captions (yes or no).</source>
            <translation>estimate: هل يتضمّن الفيديو ترجمة نصية (yes أو no).</translation>
        </message>
        <message>
            <source>estimate: whether it is disclosed commercial content (yes or no).</source>
            <translation>estimate: هل هو محتوى تجاري مُفصَح عنه (yes أو no).</translation>
        </message>
        <message>
            <source>Scraped files: the UTC offset of vid_scrapeTime in hours (default: 7).</source>
            <translation>الملفات المستخرَجة آليًا: فارق توقيت vid_scrapeTime عن UTC بالساعات (الافتراضي: 7).</translation>
        </message>
        <message>
            <source>--scrape-offset is a number of hours from -14 to 14.</source>
            <translation>قيمة --scrape-offset عدد ساعات من -14 إلى 14.</translation>
        </message>
        <message>
            <source>%1: … and %2 more broken rows.</source>
            <translation>%1: … و%2 من الصفوف المعطوبة الأخرى.</translation>
        </message>
        <message>
            <source>Rows read: %1 · broken: %2 · repeated ids: %3 · creators: %4</source>
            <translation>الصفوف المقروءة: %1 · المعطوبة: %2 · المعرّفات المكرّرة: %3 · صنّاع المحتوى: %4</translation>
        </message>
        <message>
            <source>Creators with 10 or more usable videos and targets: %1 · predicted videos: %2</source>
            <translation>صنّاع المحتوى الذين لديهم 10 فيديوهات صالحة أو أكثر وفيديوهات مستهدفة: %1 · الفيديوهات المتنبَّأ بها: %2</translation>
        </message>
        <message>
            <source>Baseline (median of the last 5, age-adjusted): median error %1, within-creator Spearman %2</source>
            <translation>خط الأساس (وسيط آخر 5، معدَّل حسب العمر): الخطأ الوسيط %1، ارتباط سبيرمان داخل كل صانع محتوى %2</translation>
        </message>
        <message>
            <source>%1: fit needs --output FILE.</source>
            <translation>%1: يحتاج fit إلى --output FILE.</translation>
        </message>
        <message>
            <source>Model fitted on %1 videos: %2</source>
            <translation>تمت ملاءمة النموذج على %1 من الفيديوهات: %2</translation>
        </message>
        <message>
            <source>%1: convert needs --output FILE.</source>
            <translation>%1: يحتاج convert إلى --output FILE.</translation>
        </message>
        <message>
            <source>--at is a date and time (ISO 8601).</source>
            <translation>قيمة --at تاريخ ووقت (ISO 8601).</translation>
        </message>
        <message>
            <source>--duration is seconds or mm:ss.</source>
            <translation>قيمة --duration عدد ثوانٍ أو mm:ss.</translation>
        </message>
        <message>
            <source>--%1 is yes or no.</source>
            <translation>قيمة --%1 هي yes أو no.</translation>
        </message>
        <message>
            <source>Unknown time zone “%1”.</source>
            <translation>منطقة زمنية غير معروفة «%1».</translation>
        </message>
        <message>
            <source>%1: name the creator with --creator (the file holds %2).</source>
            <translation>%1: حدّد صانع المحتوى باستخدام --creator (عدد صنّاع المحتوى في الملف: %2).</translation>
        </message>
        <message>
            <source>%1: estimate needs --history FILE or --account USERNAME.</source>
            <translation>%1: يحتاج estimate إلى --history FILE أو --account USERNAME.</translation>
        </message>
        <message>
            <source>backtest, estimate, fit or convert.</source>
            <translation>backtest أو estimate أو fit أو convert.</translation>
        </message>
        <message>
            <source>backtest, fit, convert: the history CSV.</source>
            <translation>backtest وfit وconvert: ملف CSV للسجل.</translation>
        </message>
        <message>
            <source>Estimate a post's views before posting, and prove the estimator on real history (walk-forward backtest, docs/reach.md).</source>
            <translation>قدّر مشاهدات منشور قبل نشره، وأثبت دقة المقدِّر على سجل حقيقي (اختبار رجعي متدرّج walk-forward، docs/reach.md).</translation>
        </message>
        <message>
            <source>%1: use “backtest FILE”, “fit FILE -o MODEL”, “convert FILE -o OUT” or “estimate …”.</source>
            <translation>%1: استخدم «backtest FILE» أو «fit FILE -o MODEL» أو «convert FILE -o OUT» أو «estimate …».</translation>
        </message>
        <message>
            <source>Convert caption files (SRT, WebVTT, ASS) between formats and encodings</source>
            <translation>حوّل ملفات الترجمة النصية (SRT وWebVTT وASS) بين الصيغ والترميزات</translation>
        </message>
        <message>
            <source>The file to write; its extension (.srt, .vtt, .ass) names the format.</source>
            <translation>الملف المراد كتابته؛ ويحدد امتداده (.srt أو .vtt أو .ass) الصيغة.</translation>
        </message>
        <message>
            <source>The input's text encoding (UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252, ISO-8859-1…); detected when not given.</source>
            <translation>ترميز نص ملف الإدخال (UTF-8 أو UTF-16LE أو UTF-16BE أو windows-1256 أو windows-1252 أو ISO-8859-1…)؛ يُكتشف تلقائيًا إن لم يُحدَّد.</translation>
        </message>
        <message>
            <source>Start the output with a UTF-8 byte order mark (for old players).</source>
            <translation>ابدأ الملف الناتج بعلامة ترتيب البايتات لـUTF-8 (للمشغّلات القديمة).</translation>
        </message>
        <message>
            <source>Write Windows line endings (CRLF).</source>
            <translation>اكتب نهايات الأسطر بنمط Windows (CRLF).</translation>
        </message>
        <message>
            <source>The caption file to read.</source>
            <translation>ملف الترجمة النصية المراد قراءته.</translation>
        </message>
        <message>
            <source>Convert a caption file between SubRip, WebVTT and ASS/SSA, reading any of the usual text encodings; writes UTF-8.</source>
            <translation>حوّل ملف ترجمة نصية بين SubRip وWebVTT وASS/SSA، مع قراءة أي من ترميزات النص المعتادة؛ ويُكتب الناتج بترميز UTF-8.</translation>
        </message>
        <message>
            <source>%1 convert: give one input file and -o OUTPUT.</source>
            <translation>%1 convert: حدّد ملف إدخال واحدًا و-o OUTPUT.</translation>
        </message>
        <message>
            <source>%1 convert: cannot tell the format of “%2”: name it .srt, .vtt or .ass.</source>
            <translation>%1 convert: يتعذّر تحديد صيغة «%2»: اجعل امتداده .srt أو .vtt أو .ass.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n cue(s), %2, %3 → %4</source>
            <translation>
                <numerusform>%1: %Ln سطر، %2، %3 ← %4</numerusform>
                <numerusform>%1: سطر واحد، %2، %3 ← %4</numerusform>
                <numerusform>%1: سطران، %2، %3 ← %4</numerusform>
                <numerusform>%1: %Ln أسطر، %2، %3 ← %4</numerusform>
                <numerusform>%1: %Ln سطرًا، %2، %3 ← %4</numerusform>
                <numerusform>%1: %Ln سطر، %2، %3 ← %4</numerusform>
            </translation>
        </message>
        <message>
            <source>The caption file to write (.srt, .vtt or .ass).</source>
            <translation>ملف الترجمة النصية المراد كتابته (.srt أو .vtt أو .ass).</translation>
        </message>
        <message>
            <source>The spoken language (BCP 47, e.g. en-US); the engine's own when not given.</source>
            <translation>اللغة المنطوقة (BCP 47، مثل en-US)؛ وإن لم تُحدَّد فلغة المحرك الافتراضية.</translation>
        </message>
        <message>
            <source>The recognizer: pocketsphinx or whisper.cpp; the best available when not given.</source>
            <translation>أداة التعرّف على الكلام: pocketsphinx أو whisper.cpp؛ وتُستخدم أفضل أداة متاحة إن لم تُحدَّد.</translation>
        </message>
        <message>
            <source>The video or sound file to listen to.</source>
            <translation>ملف الفيديو أو الصوت المراد الاستماع إليه.</translation>
        </message>
        <message>
            <source>Make word-timed captions from the speech in a media file, offline.</source>
            <translation>أنشئ ترجمة نصية موقّتة كلمةً بكلمة من الكلام في ملف وسائط، دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>%1 transcribe: give one media file and -o OUTPUT.</source>
            <translation>%1 transcribe: حدّد ملف وسائط واحدًا و-o OUTPUT.</translation>
        </message>
        <message>
            <source>%1 transcribe: cannot tell the format of “%2”: name it .srt, .vtt or .ass.</source>
            <translation>%1 transcribe: تعذّر تحديد تنسيق «%2»: اجعل امتداد اسمه .srt أو .vtt أو .ass.</translation>
        </message>
        <message>
            <source>%1 transcribe: no such speech recognizer “%2”.</source>
            <translation>%1 transcribe: لا توجد أداة للتعرّف على الكلام باسم «%2».</translation>
        </message>
        <message>
            <source>listening… %1%</source>
            <translation>جارٍ الاستماع… %1٪</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) from speech (%1) → %2</source>
            <translation>
                <numerusform>%Ln ترجمة نصية من الكلام (%1) ← %2</numerusform>
                <numerusform>ترجمة نصية واحدة من الكلام (%1) ← %2</numerusform>
                <numerusform>ترجمتان نصيتان من الكلام (%1) ← %2</numerusform>
                <numerusform>%Ln ترجمات نصية من الكلام (%1) ← %2</numerusform>
                <numerusform>%Ln ترجمةً نصية من الكلام (%1) ← %2</numerusform>
                <numerusform>%Ln ترجمة نصية من الكلام (%1) ← %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Convert between SRT, WebVTT and ASS/SSA</source>
            <translation>التحويل بين SRT وWebVTT وASS/SSA</translation>
        </message>
        <message>
            <source>Make captions from the speech in a media file</source>
            <translation>إنشاء ترجمة نصية من الكلام في ملف وسائط</translation>
        </message>
        <message>
            <source>Usage: montajctl captions ACTION [OPTIONS…]</source>
            <translation>الاستخدام: montajctl captions ACTION [OPTIONS…]</translation>
        </message>
        <message>
            <source>Actions:</source>
            <translation>الإجراءات:</translation>
        </message>
        <message>
            <source>Run “montajctl captions ACTION --help” for the options of one action.</source>
            <translation>نفّذ «montajctl captions ACTION --help» لعرض خيارات إجراء ما.</translation>
        </message>
        <message>
            <source>%1: unknown action “%2”.</source>
            <translation>%1: إجراء غير معروف «%2».</translation>
        </message>
        <message>
            <source>For a media file: apply a filter, NAME[:key=value,...] (for example “exposure:ev=0.5” or “lut:file=warm.cube,intensity=0.8”); repeat for several, applied in order. Filters: %1.</source>
            <translation>لملف وسائط: يطبّق مرشّحًا بالصيغة NAME[:key=value,...] (مثل «exposure:ev=0.5» أو «lut:file=warm.cube,intensity=0.8»)؛ كرّر الخيار لتطبيق عدة مرشّحات بالترتيب. المرشّحات: %1.</translation>
        </message>
        <message>
            <source>For a media file: apply the filters of a look file (before any --filter).</source>
            <translation>لملف وسائط: يطبّق مرشّحات ملف مظهر (قبل أي --filter).</translation>
        </message>
        <message>
            <source>montajctl render: --filter and --look are for a single media file; a project's clips carry their own filters.</source>
            <translation>montajctl render: الخياران --filter و--look مخصّصان لملف وسائط واحد؛ فلمقاطع المشروع مرشّحاتها الخاصة.</translation>
        </message>
        <message>
            <source>backtest: also run on N − 1 other splits of the creators into two folds and report the mean and spread of the scores (default: 1, the protocol's split only).</source>
            <translation>backtest: يُشغَّل أيضًا على N − 1 تقسيمات أخرى لصنّاع المحتوى إلى نصفين، ويُبلَّغ عن متوسط النتائج وتشتّتها (الافتراضي: 1، تقسيم البروتوكول وحده).</translation>
        </message>
        <message>
            <source>--splits is a whole number from 1 to 100.</source>
            <translation>قيمة --splits عدد صحيح من 1 إلى 100.</translation>
        </message>
        <message>
            <source>estimate: a Montaj project (.montaj); its length and captions, unless given as options.</source>
            <translation>estimate: مشروع مونتاج (‎.montaj)؛ تُؤخذ منه المدة والترجمة النصية ما لم تُحدَّدا بخيارات.</translation>
        </message>
        <message>
            <source>--photo and --project do not go together.</source>
            <translation>لا يجتمع --photo و--project.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::AboutDialog</name>
        <message>
            <source>About Montaj</source>
            <translation>حول مونتاج</translation>
        </message>
        <message>
            <source>A creator studio for short-form video.</source>
            <translation>استوديو لصنّاع الفيديوهات القصيرة.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>المكوّن</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الترخيص</translation>
        </message>
        <message>
            <source>LGPL 3.0</source>
            <translation>LGPL 3.0</translation>
        </message>
        <message>
            <source>with FFmpeg</source>
            <translation>مع FFmpeg</translation>
        </message>
        <message>
            <source>GPL 2.0 or later</source>
            <translation>GPL 2.0 أو أحدث</translation>
        </message>
        <message>
            <source>Apache 2.0</source>
            <translation>Apache 2.0</translation>
        </message>
        <message>
            <source>system</source>
            <translation>من النظام</translation>
        </message>
        <message>
            <source>curl licence (MIT-like)</source>
            <translation>ترخيص curl (شبيه بـ MIT)</translation>
        </message>
        <message>
            <source>BSD 3-clause</source>
            <translation>BSD ذو البنود الثلاثة</translation>
        </message>
        <message>
            <source>public domain</source>
            <translation>ملكية عامة</translation>
        </message>
        <message>
            <source>BSD 2-clause</source>
            <translation>BSD ذو البندين</translation>
        </message>
        <message>
            <source>SIL Open Font License 1.1</source>
            <translation>SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>This FFmpeg was built with GPL parts (libx264 among them), so Montaj as distributed with it is covered by the GNU GPL: you may use it for any purpose, and whoever gives you a copy must also offer you its source code under the same terms.</source>
            <translation>بُنيت نسخة FFmpeg هذه بأجزاء خاضعة لرخصة GPL (منها libx264)، لذا يخضع مونتاج الموزَّع معها لرخصة GNU GPL: يحق لك استخدامه لأي غرض، وعلى من يعطيك نسخة منه أن يعرض عليك أيضًا شفرته المصدرية بالشروط نفسها.</translation>
        </message>
        <message>
            <source>This FFmpeg is LGPL: Montaj uses it as shared libraries, which you may replace with your own build.</source>
            <translation>نسخة FFmpeg هذه خاضعة لرخصة LGPL: يستخدمها مونتاج كمكتبات مشتركة يحق لك استبدالها بنسختك الخاصة.</translation>
        </message>
        <message>
            <source>Qt is used under the LGPL as shared libraries, which you may replace with your own build.</source>
            <translation>تُستخدم Qt برخصة LGPL كمكتبات مشتركة يحق لك استبدالها بنسختك الخاصة.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::AccountOffer</name>
        <message>
            <source>No workspace is open. Choose one in Settings → Workspace.</source>
            <translation>لا توجد مساحة عمل مفتوحة. اختر واحدة من الإعدادات ← مساحة العمل.</translation>
        </message>
        <message>
            <source>This workspace has no accounts yet. Add the signed-in sandbox account %1 to schedule posts for it.</source>
            <translation>لا تضم مساحة العمل هذه أي حساب بعد. أضف حساب بيئة التجربة المسجّل دخوله %1 لجدولة منشورات له.</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>إضافة الحساب</translation>
        </message>
        <message>
            <source>This workspace has no accounts yet. Link an account in Settings → Accounts to add it here.</source>
            <translation>لا تضم مساحة العمل هذه أي حساب بعد. اربط حسابًا من الإعدادات ← الحسابات لإضافته هنا.</translation>
        </message>
        <message>
            <source>%1 was added to this workspace.</source>
            <translation>أُضيف %1 إلى مساحة العمل هذه.</translation>
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
        <name>montaj::ui::BestTimeHeatmap</name>
        <message>
            <source>The best times appear once the account has a history.</source>
            <translation>تظهر أفضل الأوقات بعد أن يصبح للحساب سجل.</translation>
        </message>
        <message>
            <source>%1: about %2 views in 7 days</source>
            <translation>%1: نحو %2 من المشاهدات خلال ٧ أيام</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BreakdownModel</name>
        <message>
            <source>Session %1</source>
            <translation>الجلسة %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Gift %1</source>
            <translation>الهدية %1</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Gifter</source>
            <translation>المُهدي</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>الهدية</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>الهدايا</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>العملات</translation>
        </message>
        <message>
            <source>Diamonds</source>
            <translation>الماسات</translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>المبلغ (%1)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BreakdownPanel</name>
        <message>
            <source>Per session</source>
            <translation>حسب الجلسة</translation>
        </message>
        <message>
            <source>Per gifter</source>
            <translation>حسب المُهدي</translation>
        </message>
        <message>
            <source>Per gift</source>
            <translation>حسب الهدية</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>حسب اليوم</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>حسب الشهر</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>كل الفترات</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>هذا الشهر</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>الشهر الماضي</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>هذه السنة</translation>
        </message>
        <message>
            <source>Search a gifter, a gift or an id</source>
            <translation>ابحث عن مُهدٍ أو هدية أو معرّف</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) · %1 coins · %2</source>
            <translation>
                <numerusform>لا صفوف · العملات: %1 · %2</numerusform>
                <numerusform>صف واحد · العملات: %1 · %2</numerusform>
                <numerusform>صفّان · العملات: %1 · %2</numerusform>
                <numerusform>%Ln صفوف · العملات: %1 · %2</numerusform>
                <numerusform>%Ln صفًا · العملات: %1 · %2</numerusform>
                <numerusform>%Ln صف · العملات: %1 · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) · total %1 · %2 diamonds · %3 coins</source>
            <translation>
                <numerusform>لا صفوف · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
                <numerusform>صف واحد · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
                <numerusform>صفّان · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
                <numerusform>%Ln صفوف · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
                <numerusform>%Ln صفًا · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
                <numerusform>%Ln صف · الإجمالي %1 · الماسات: %2 · العملات: %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionCueModel</name>
        <message>
            <source>A caption needs some text; delete it instead.</source>
            <translation>تحتاج الترجمة النصية إلى نص؛ احذفها بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>“%1” is not a time; type minutes:seconds.milliseconds, e.g. 1:02.500.</source>
            <translation>«%1» ليس وقتًا؛ اكتب الدقائق:الثواني.أجزاء الألف من الثانية، مثل 1:02.500.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>الفحوص</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionLimitsDialog</name>
        <message>
            <source>Caption limits</source>
            <translation>حدود الترجمة النصية</translation>
        </message>
        <message>
            <source>Most characters per second:</source>
            <translation>أقصى عدد من الأحرف في الثانية:</translation>
        </message>
        <message>
            <source>Most characters per line:</source>
            <translation>أقصى عدد من الأحرف في السطر:</translation>
        </message>
        <message>
            <source>Shortest caption (s):</source>
            <translation>أقصر ترجمة نصية (ث):</translation>
        </message>
        <message>
            <source>Longest caption (s):</source>
            <translation>أطول ترجمة نصية (ث):</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionPlacementBar</name>
        <message>
            <source>Height:</source>
            <translation>الارتفاع:</translation>
        </message>
        <message>
            <source> % from top</source>
            <translation>٪ من الأعلى</translation>
        </message>
        <message>
            <source>Where the middle of the captions sits in the picture; they always stay clear of the platform's buttons and caption area</source>
            <translation>موضع منتصف الترجمة في الصورة؛ تبقى دائمًا بعيدة عن أزرار المنصة ومنطقة الوصف</translation>
        </message>
        <message>
            <source>In the picture</source>
            <translation>داخل الصورة</translation>
        </message>
        <message>
            <source>Burn the captions into the exported video: everyone sees them</source>
            <translation>دمج الترجمة في الفيديو المُصدَّر: يراها الجميع</translation>
        </message>
        <message>
            <source>Subtitle track</source>
            <translation>مسار ترجمة</translation>
        </message>
        <message>
            <source>Also add the captions to the MP4 as a subtitle track viewers can turn on (mov_text)</source>
            <translation>إضافة الترجمة أيضًا إلى ملف MP4 كمسار ترجمة يستطيع المشاهدون تشغيله (mov_text)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionsPanel</name>
        <message>
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <source>Read an SRT, WebVTT or ASS file into the project</source>
            <translation>اقرأ ملف SRT أو WebVTT أو ASS إلى المشروع</translation>
        </message>
        <message>
            <source>Detect encoding</source>
            <translation>اكتشاف الترميز</translation>
        </message>
        <message>
            <source>The text encoding of the imported file; choose one to read it again</source>
            <translation>ترميز النص في الملف المستورد؛ اختر ترميزًا لإعادة قراءته</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <source>Save the captions as SRT, WebVTT or ASS</source>
            <translation>احفظ الترجمة النصية بصيغة SRT أو WebVTT أو ASS</translation>
        </message>
        <message>
            <source>From speech…</source>
            <translation>من الكلام…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add a caption at the playhead</source>
            <translation>أضف ترجمة نصية عند رأس التشغيل</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>تقسيم</translation>
        </message>
        <message>
            <source>Split the caption under the playhead</source>
            <translation>قسّم الترجمة النصية الواقعة تحت رأس التشغيل</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Merge the selected caption with the next one</source>
            <translation>ادمج الترجمة النصية المحددة مع التي تليها</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Shift all by (ms):</source>
            <translation>إزاحة الكل بمقدار (مللي ثانية):</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>إزاحة</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>استبدال بـ</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>مطابقة حالة الأحرف</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>استبدال الكل</translation>
        </message>
        <message>
            <source>Style:</source>
            <translation>النمط:</translation>
        </message>
        <message>
            <source>Bold with outline</source>
            <translation>عريض بحدّ خارجي</translation>
        </message>
        <message>
            <source>Boxed</source>
            <translation>داخل مربّع</translation>
        </message>
        <message>
            <source>Word by word highlight</source>
            <translation>تمييز كلمةً بكلمة</translation>
        </message>
        <message>
            <source>Lines:</source>
            <translation>الأسطر:</translation>
        </message>
        <message>
            <source>Limits…</source>
            <translation>الحدود…</translation>
        </message>
        <message>
            <source>Reading speed, line length and duration limits for the checks</source>
            <translation>حدود سرعة القراءة وطول السطر والمدة المستخدمة في الفحوص</translation>
        </message>
        <message>
            <source>Make captions from the project's speech</source>
            <translation>أنشئ ترجمة نصية من الكلام في المشروع</translation>
        </message>
        <message>
            <source>No captions yet: import a file, make them from speech, or add one at the playhead.</source>
            <translation>لا توجد ترجمة نصية بعد: استورد ملفًا، أو أنشئها من الكلام، أو أضف ترجمة عند رأس التشغيل.</translation>
        </message>
        <message numerus="yes">
            <source>%n caption(s)</source>
            <translation>
                <numerusform>%Ln ترجمة نصية</numerusform>
                <numerusform>ترجمة نصية واحدة</numerusform>
                <numerusform>ترجمتان نصيتان</numerusform>
                <numerusform>%Ln ترجمات نصية</numerusform>
                <numerusform>%Ln ترجمةً نصية</numerusform>
                <numerusform>%Ln ترجمة نصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%Ln منها تحتاج إلى مراجعة</numerusform>
                <numerusform>واحدة تحتاج إلى مراجعة</numerusform>
                <numerusform>اثنتان تحتاجان إلى مراجعة</numerusform>
                <numerusform>%Ln تحتاج إلى مراجعة</numerusform>
                <numerusform>%Ln تحتاج إلى مراجعة</numerusform>
                <numerusform>%Ln تحتاج إلى مراجعة</numerusform>
            </translation>
        </message>
        <message>
            <source>all within the limits</source>
            <translation>جميعها ضمن الحدود</translation>
        </message>
        <message>
            <source>Import captions</source>
            <translation>استيراد الترجمة النصية</translation>
        </message>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with the file's?</source>
            <translation>
                <numerusform>هل تريد استبدال ترجمات المشروع النصية (%Ln) بترجمات الملف؟</numerusform>
                <numerusform>هل تريد استبدال الترجمة النصية الوحيدة في المشروع بترجمات الملف؟</numerusform>
                <numerusform>هل تريد استبدال الترجمتين النصيتين في المشروع بترجمات الملف؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمات نصية في المشروع بترجمات الملف؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمةً نصية في المشروع بترجمات الملف؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمة نصية في المشروع بترجمات الملف؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Captions saved to %1</source>
            <translation>حُفظت الترجمة النصية في %1</translation>
        </message>
        <message>
            <source>Export captions</source>
            <translation>تصدير الترجمة النصية</translation>
        </message>
        <message>
            <source>New caption</source>
            <translation>ترجمة نصية جديدة</translation>
        </message>
        <message>
            <source>Shifted by %1 ms only: captions cannot start before 0.</source>
            <translation>أُزيحت بمقدار %1 مللي ثانية فقط: لا يمكن أن تبدأ الترجمة النصية قبل 0.</translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s) made</source>
            <translation>
                <numerusform>أُجري %Ln استبدال</numerusform>
                <numerusform>أُجري استبدال واحد</numerusform>
                <numerusform>أُجري استبدالان</numerusform>
                <numerusform>أُجريت %Ln استبدالات</numerusform>
                <numerusform>أُجري %Ln استبدالًا</numerusform>
                <numerusform>أُجري %Ln استبدال</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ComposerDialog</name>
        <message>
            <source>Choose the video to post</source>
            <translation>اختر الفيديو الذي تريد نشره</translation>
        </message>
        <message>
            <source>Videos and projects (*.mp4 *.mov *.webm *.montaj);;All files (*)</source>
            <translation>الفيديوهات والمشاريع (*.mp4 *.mov *.webm *.montaj);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n hashtag(s)</source>
            <translation>
                <numerusform>لا وسوم</numerusform>
                <numerusform>وسم واحد</numerusform>
                <numerusform>وسمان</numerusform>
                <numerusform>%Ln وسوم</numerusform>
                <numerusform>%Ln وسمًا</numerusform>
                <numerusform>%Ln وسم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>لا إشارات</numerusform>
                <numerusform>إشارة واحدة</numerusform>
                <numerusform>إشارتان</numerusform>
                <numerusform>%Ln إشارات</numerusform>
                <numerusform>%Ln إشارةً</numerusform>
                <numerusform>%Ln إشارة</numerusform>
            </translation>
        </message>
        <message>
            <source>Promotional content</source>
            <translation>محتوى ترويجي</translation>
        </message>
        <message>
            <source>Paid partnership</source>
            <translation>شراكة مدفوعة</translation>
        </message>
        <message>
            <source>Creator labeled as AI-generated</source>
            <translation>صنّفه صانع المحتوى على أنه مُنشأ بالذكاء الاصطناعي</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Before scheduling:</source>
            <translation>قبل الجدولة:</translation>
        </message>
        <message numerus="yes">
            <source>No free posting time in the next %n day(s).</source>
            <translation>
                <numerusform>لا يوجد وقت نشر شاغر.</numerusform>
                <numerusform>لا يوجد وقت نشر شاغر خلال اليوم القادم.</numerusform>
                <numerusform>لا يوجد وقت نشر شاغر خلال اليومين القادمين.</numerusform>
                <numerusform>لا يوجد وقت نشر شاغر خلال الأيام الـ%Ln القادمة.</numerusform>
                <numerusform>لا يوجد وقت نشر شاغر خلال الـ%Ln يومًا القادمة.</numerusform>
                <numerusform>لا يوجد وقت نشر شاغر خلال الـ%Ln يوم القادمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>New post</source>
            <translation>منشور جديد</translation>
        </message>
        <message>
            <source>Edit post</source>
            <translation>تعديل المنشور</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>الحساب:</translation>
        </message>
        <message>
            <source>Choose an account</source>
            <translation>اختر حسابًا</translation>
        </message>
        <message>
            <source>Video:</source>
            <translation>الفيديو:</translation>
        </message>
        <message>
            <source>A video file or a Montaj project</source>
            <translation>ملف فيديو أو مشروع مونتاج</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Caption:</source>
            <translation>الوصف:</translation>
        </message>
        <message>
            <source>Write a caption, with #hashtags and @mentions</source>
            <translation>اكتب وصفًا، مع #وسوم و@إشارات</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>الموعد:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>حفظ كمسودة</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>إرسال للموافقة</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>جدولة</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ComposerPreview</name>
        <message>
            <source>Preview</source>
            <translation>المعاينة</translation>
        </message>
        <message>
            <source>Loading the cover…</source>
            <translation>جارٍ تحميل الغلاف…</translation>
        </message>
        <message>
            <source>The project is rendered when it is published.</source>
            <translation>يُصيَّر المشروع عند نشره.</translation>
        </message>
        <message>
            <source>No picture: %1</source>
            <translation>لا توجد صورة: %1</translation>
        </message>
        <message>
            <source>No video chosen</source>
            <translation>لم يُختر أي فيديو</translation>
        </message>
        <message>
            <source>Cover frame</source>
            <translation>إطار الغلاف</translation>
        </message>
        <message>
            <source>Cover frame at %1 s</source>
            <translation>إطار الغلاف عند %1 ثانية</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(بلا وصف)</translation>
        </message>
        <message>
            <source>Audience not chosen</source>
            <translation>لم يُختر الجمهور</translation>
        </message>
        <message>
            <source>Audience: %1</source>
            <translation>الجمهور: %1</translation>
        </message>
        <message>
            <source>Labels: %1</source>
            <translation>التصنيفات: %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ConsentPanel</name>
        <message>
            <source>Music Usage Confirmation</source>
            <translation>تأكيد استخدام الموسيقى</translation>
        </message>
        <message>
            <source>By posting, you agree to TikTok's %1 and %2.</source>
            <translation>بالنشر، فإنك توافق على %1 و%2 لدى TikTok.</translation>
        </message>
        <message>
            <source>Branded Content Policy</source>
            <translation>سياسة محتوى العلامة التجارية</translation>
        </message>
        <message>
            <source>By posting, you agree to TikTok's %1.</source>
            <translation>بالنشر، فإنك توافق على %1 لدى TikTok.</translation>
        </message>
        <message>
            <source>I have checked the preview and agree to publish this post at the chosen time.</source>
            <translation>تحقّقت من المعاينة وأوافق على نشر هذا المنشور في الوقت المختار.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CreatorHeader</name>
        <message>
            <source>Branded content cannot be visible to “Only me”.</source>
            <translation>لا يمكن أن يكون محتوى العلامة التجارية مرئيًا لـ«أنا فقط».</translation>
        </message>
        <message>
            <source>Video length %1; this account may post up to %2.</source>
            <translation>مدة الفيديو %1؛ ويمكن لهذا الحساب النشر حتى %2.</translation>
        </message>
        <message>
            <source>Video length %1.</source>
            <translation>مدة الفيديو %1.</translation>
        </message>
        <message>
            <source>This account may post videos up to %1.</source>
            <translation>يمكن لهذا الحساب نشر فيديوهات حتى %1.</translation>
        </message>
        <message>
            <source>Posting as</source>
            <translation>النشر باسم</translation>
        </message>
        <message>
            <source>Who can see this post:</source>
            <translation>من يمكنه مشاهدة هذا المنشور:</translation>
        </message>
        <message>
            <source>Choose who can see this post</source>
            <translation>اختر من يمكنه مشاهدة هذا المنشور</translation>
        </message>
        <message>
            <source>Allow comments</source>
            <translation>السماح بالتعليقات</translation>
        </message>
        <message>
            <source>Allow duets</source>
            <translation>السماح بالديو</translation>
        </message>
        <message>
            <source>Allow stitches</source>
            <translation>السماح بالستيتش</translation>
        </message>
        <message>
            <source>This account has turned this off in TikTok; it cannot be allowed on this post.</source>
            <translation>عطّل هذا الحساب هذا الخيار في TikTok؛ لذا لا يمكن السماح به في هذا المنشور.</translation>
        </message>
        <message>
            <source>Asking the platform what this account may post…</source>
            <translation>جارٍ سؤال المنصة عمّا يمكن لهذا الحساب نشره…</translation>
        </message>
        <message>
            <source>Checked with the platform just now.</source>
            <translation>تم التحقق لدى المنصة للتو.</translation>
        </message>
        <message>
            <source>This account is not signed in on this computer: its options are checked again when publishing.</source>
            <translation>هذا الحساب غير مسجّل الدخول على هذا الحاسوب: سيُعاد التحقق من خياراته عند النشر.</translation>
        </message>
        <message>
            <source>The platform could not be asked (%1). The account is checked again when publishing.</source>
            <translation>تعذّر سؤال المنصة (%1). سيُعاد التحقق من الحساب عند النشر.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CsvImportDialog</name>
        <message>
            <source>Import a schedule</source>
            <translation>استيراد جدول نشر</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>تعذّرت قراءة الملف: %1</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>لم يُختر أي ملف.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>جارٍ فحص الملف…</translation>
        </message>
        <message>
            <source>Choose a file to check. Nothing is imported until you say so.</source>
            <translation>اختر ملفًا لفحصه. لن يُستورد أي شيء حتى تطلب ذلك.</translation>
        </message>
        <message>
            <source>%1 %2 %3 Nothing has been imported yet.</source>
            <translation>%1 %2 %3 لم يُستورد أي شيء بعد.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) read:</source>
            <translation>
                <numerusform>لم يُقرأ أي صف:</numerusform>
                <numerusform>قُرئ صف واحد:</numerusform>
                <numerusform>قُرئ صفّان:</numerusform>
                <numerusform>قُرئت %Ln صفوف:</numerusform>
                <numerusform>قُرئ %Ln صفًا:</numerusform>
                <numerusform>قُرئ %Ln صف:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid,</source>
            <translation>
                <numerusform>لا صف صالح،</numerusform>
                <numerusform>صف صالح واحد،</numerusform>
                <numerusform>صفّان صالحان،</numerusform>
                <numerusform>%Ln صفوف صالحة،</numerusform>
                <numerusform>%Ln صفًا صالحًا،</numerusform>
                <numerusform>%Ln صف صالح،</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors.</source>
            <translation>
                <numerusform>ولا صف به أخطاء.</numerusform>
                <numerusform>وصف واحد به أخطاء.</numerusform>
                <numerusform>وصفّان بهما أخطاء.</numerusform>
                <numerusform>و%Ln صفوف بها أخطاء.</numerusform>
                <numerusform>و%Ln صفًا به أخطاء.</numerusform>
                <numerusform>و%Ln صف به أخطاء.</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Error: the row is not imported</source>
            <translation>خطأ: لن يُستورد الصف</translation>
        </message>
        <message>
            <source>Warning: the row is imported</source>
            <translation>تحذير: سيُستورد الصف</translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s) for approval</source>
            <translation>
                <numerusform>لا توجد صفوف صالحة للاستيراد</numerusform>
                <numerusform>استيراد الصف الصالح الوحيد للموافقة</numerusform>
                <numerusform>استيراد الصفّين الصالحين للموافقة</numerusform>
                <numerusform>استيراد الصفوف الصالحة الـ%Ln للموافقة</numerusform>
                <numerusform>استيراد الـ%Ln صفًا الصالحة للموافقة</numerusform>
                <numerusform>استيراد الـ%Ln صف الصالحة للموافقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s)</source>
            <translation>
                <numerusform>لا توجد صفوف صالحة للاستيراد</numerusform>
                <numerusform>استيراد الصف الصالح الوحيد</numerusform>
                <numerusform>استيراد الصفّين الصالحين</numerusform>
                <numerusform>استيراد الصفوف الصالحة الـ%Ln</numerusform>
                <numerusform>استيراد الـ%Ln صفًا الصالحة</numerusform>
                <numerusform>استيراد الـ%Ln صف الصالحة</numerusform>
            </translation>
        </message>
        <message>
            <source>Montaj checks every row first: accounts, times and time zones, media files, captions, privacy and disclosure. Rows with errors are not imported.</source>
            <translation>يفحص مونتاج كل صف أولًا: الحسابات والأوقات والمناطق الزمنية وملفات الوسائط والأوصاف والخصوصية والإفصاح. لا تُستورد الصفوف التي بها أخطاء.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>اختيار ملف…</translation>
        </message>
        <message>
            <source>This Hootsuite file names no account or audience. Use:</source>
            <translation>لا يذكر ملف Hootsuite هذا أي حساب أو جمهور. استخدم:</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Who can see the posts</source>
            <translation>من يمكنه مشاهدة المنشورات</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>العمود</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::DisclosureBox</name>
        <message>
            <source>Promotional content</source>
            <translation>محتوى ترويجي</translation>
        </message>
        <message>
            <source>Paid partnership</source>
            <translation>شراكة مدفوعة</translation>
        </message>
        <message>
            <source>Your post will be labeled: %1</source>
            <translation>سيُصنَّف منشورك بـ: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Content disclosure</source>
            <translation>الإفصاح عن المحتوى</translation>
        </message>
        <message>
            <source>Disclose commercial content</source>
            <translation>الإفصاح عن محتوى تجاري</translation>
        </message>
        <message>
            <source>Turn this on if the post promotes yourself, a brand, a product or a service.</source>
            <translation>فعّل هذا الخيار إذا كان المنشور يروّج لك أو لعلامة تجارية أو لمنتج أو لخدمة.</translation>
        </message>
        <message>
            <source>Your brand</source>
            <translation>علامتك التجارية</translation>
        </message>
        <message>
            <source>You are promoting yourself or your own business. The post will be labeled “Promotional content”.</source>
            <translation>أنت تروّج لنفسك أو لنشاطك التجاري الخاص. سيُصنَّف المنشور بـ«محتوى ترويجي».</translation>
        </message>
        <message>
            <source>Branded content</source>
            <translation>محتوى العلامة التجارية</translation>
        </message>
        <message>
            <source>You are promoting another brand or a third party. The post will be labeled “Paid partnership”.</source>
            <translation>أنت تروّج لعلامة تجارية أخرى أو لطرف ثالث. سيُصنَّف المنشور بـ«شراكة مدفوعة».</translation>
        </message>
        <message>
            <source>AI-generated content (labeled “Creator labeled as AI-generated”)</source>
            <translation>محتوى مُنشأ بالذكاء الاصطناعي (يُصنَّف بـ«صنّفه صانع المحتوى على أنه مُنشأ بالذكاء الاصطناعي»)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::EarningsPage</name>
        <message>
            <source>reversed in Montaj</source>
            <translation>عُكس في مونتاج</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>الأرباح</translation>
        </message>
        <message>
            <source>Show in:</source>
            <translation>العرض بعملة:</translation>
        </message>
        <message>
            <source>Bring in LIVE history</source>
            <translation>جلب سجل البث المباشر</translation>
        </message>
        <message>
            <source>Reads your past LIVE sessions from the platform and counts their gifts</source>
            <translation>يقرأ جلسات البث المباشر السابقة من المنصة ويحصي هداياها</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>استيراد CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>Saves the table shown under Breakdown</source>
            <translation>يحفظ الجدول المعروض في تبويب «التفصيل»</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>التفصيل</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>المدفوعات</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Connected.</source>
            <translation>تم الاتصال.</translation>
        </message>
        <message>
            <source>Reconnected (%1): replayed gifts are not counted twice.</source>
            <translation>أُعيد الاتصال (%1): لا تُحتسب الهدايا المُعادة مرتين.</translation>
        </message>
        <message>
            <source>The session has ended.</source>
            <translation>انتهت الجلسة.</translation>
        </message>
        <message>
            <source>Link a platform account in Settings to follow a LIVE session.</source>
            <translation>اربط حسابًا على المنصة من الإعدادات لمتابعة جلسة بث مباشر.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <source>Montaj started with commonly quoted rates (50 % share, US$0.005 a diamond, US$100 minimum withdrawal). Check them under Settings: the platform does not publish its rates.</source>
            <translation>بدأ مونتاج بأسعار شائعة التداول (حصة 50٪، و0.005 دولار أمريكي للماسة، وحد أدنى للسحب 100 دولار أمريكي). تحقّق منها في تبويب «الإعدادات»: فالمنصة لا تنشر أسعارها.</translation>
        </message>
        <message>
            <source>Import LIVE gift history</source>
            <translation>استيراد سجل هدايا البث المباشر</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد %1…</translation>
        </message>
        <message>
            <source>Imported %1 gifts from %2 rows (%3 already in the ledger).</source>
            <translation>الهدايا المستوردة: %1، من الصفوف: %2 (الموجودة مسبقًا في السجل: %3).</translation>
        </message>
        <message>
            <source>Export earnings</source>
            <translation>تصدير الأرباح</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>حُفظ %1.</translation>
        </message>
        <message>
            <source>Reading your LIVE history from the platform…</source>
            <translation>جارٍ قراءة سجل البث المباشر من المنصة…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) do not match the platform's totals.</source>
            <translation>
                <numerusform>لا توجد جلسات لا تطابق إجماليات المنصة.</numerusform>
                <numerusform>جلسة واحدة لا تطابق إجماليات المنصة.</numerusform>
                <numerusform>جلستان لا تطابقان إجماليات المنصة.</numerusform>
                <numerusform>%Ln جلسات لا تطابق إجماليات المنصة.</numerusform>
                <numerusform>%Ln جلسةً لا تطابق إجماليات المنصة.</numerusform>
                <numerusform>%Ln جلسة لا تطابق إجماليات المنصة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln past session(s) brought in; every total matches the platform's.</source>
            <translation>
                <numerusform>لم تُجلب أي جلسة سابقة.</numerusform>
                <numerusform>جُلبت جلسة سابقة واحدة؛ وإجماليها يطابق إجمالي المنصة.</numerusform>
                <numerusform>جُلبت جلستان سابقتان؛ وكل إجمالي يطابق إجمالي المنصة.</numerusform>
                <numerusform>جُلبت %Ln جلسات سابقة؛ وكل إجمالي يطابق إجمالي المنصة.</numerusform>
                <numerusform>جُلبت %Ln جلسةً سابقة؛ وكل إجمالي يطابق إجمالي المنصة.</numerusform>
                <numerusform>جُلبت %Ln جلسة سابقة؛ وكل إجمالي يطابق إجمالي المنصة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) on the platform.</source>
            <translation>
                <numerusform>لا توجد جلسات على المنصة.</numerusform>
                <numerusform>جلسة واحدة على المنصة.</numerusform>
                <numerusform>جلستان على المنصة.</numerusform>
                <numerusform>%Ln جلسات على المنصة.</numerusform>
                <numerusform>%Ln جلسةً على المنصة.</numerusform>
                <numerusform>%Ln جلسة على المنصة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>استيراد أسعار الصرف</translation>
        </message>
        <message numerus="yes">
            <source>%Ln exchange rate(s) added.</source>
            <translation>
                <numerusform>لم يُضف أي سعر صرف.</numerusform>
                <numerusform>أُضيف سعر صرف واحد.</numerusform>
                <numerusform>أُضيف سعرا صرف.</numerusform>
                <numerusform>أُضيفت %Ln أسعار صرف.</numerusform>
                <numerusform>أُضيف %Ln سعر صرف.</numerusform>
                <numerusform>أُضيف %Ln سعر صرف.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::EditPage</name>
        <message>
            <source>Saved to %1.</source>
            <translation>حُفظ في %1.</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (غير محفوظ)</translation>
        </message>
        <message numerus="yes">
            <source>%n media file(s) of this project cannot be found.</source>
            <translation>
                <numerusform>لا توجد ملفات مفقودة من وسائط هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على ملف واحد من وسائط هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على ملفين من وسائط هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملفات من وسائط هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملفًا من وسائط هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملف من وسائط هذا المشروع.</numerusform>
            </translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>إعادة الربط…</translation>
        </message>
        <message>
            <source>Your text</source>
            <translation>نصّك</translation>
        </message>
        <message>
            <source>The project was recovered after Montaj closed unexpectedly. Save it to keep it.</source>
            <translation>استُعيد المشروع بعد أن أُغلق مونتاج على نحو غير متوقع. احفظه للإبقاء عليه.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>ابدأ مشروعًا جديدًا</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Open a Montaj project</source>
            <translation>افتح مشروع مونتاج</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>احفظ المشروع</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>حفظ باسم…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>احفظ المشروع باسم آخر</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>إضافة نص</translation>
        </message>
        <message>
            <source>Put a text on the video at the playhead (T)</source>
            <translation>ضع نصًا على الفيديو عند رأس التشغيل (T)</translation>
        </message>
        <message>
            <source>Find media files that were moved or renamed</source>
            <translation>ابحث عن ملفات الوسائط التي نُقلت أو أُعيدت تسميتها</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <source>Export a platform-ready video</source>
            <translation>صدّر فيديو جاهزًا للمنصة</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>لوحة الخصائص</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Opened project</source>
            <translation>فتح المشروع</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>تراجع عن %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>إعادة %1</translation>
        </message>
        <message>
            <source>The video already shows every disclosure label needed.</source>
            <translation>يعرض الفيديو بالفعل كل عبارات الإفصاح المطلوبة.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n disclosure label(s) for the whole video.</source>
            <translation>
                <numerusform>أُضيفت %Ln عبارة إفصاح للفيديو كله.</numerusform>
                <numerusform>أُضيفت عبارة إفصاح واحدة للفيديو كله.</numerusform>
                <numerusform>أُضيفت عبارتا إفصاح للفيديو كله.</numerusform>
                <numerusform>أُضيفت %Ln عبارات إفصاح للفيديو كله.</numerusform>
                <numerusform>أُضيفت %Ln عبارةَ إفصاح للفيديو كله.</numerusform>
                <numerusform>أُضيفت %Ln عبارة إفصاح للفيديو كله.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a clip to the timeline before adding labels.</source>
            <translation>أضف مقطعًا إلى الخط الزمني قبل إضافة العبارات.</translation>
        </message>
        <message>
            <source>Add disclosure label</source>
            <translation>إضافة عبارة إفصاح</translation>
        </message>
        <message>
            <source>Add disclosure label…</source>
            <translation>إضافة عبارة إفصاح…</translation>
        </message>
        <message>
            <source>Show “Publicité”, “Ad” or another label a brand deal requires on the whole video</source>
            <translation>اعرض «Publicité» أو «Ad» أو أي عبارة أخرى تتطلبها صفقة مع علامة تجارية طوال الفيديو</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>الترجمة النصية</translation>
        </message>
        <message numerus="yes">
            <source>Add %n take(s)</source>
            <translation>
                <numerusform>إضافة %Ln لقطة</numerusform>
                <numerusform>إضافة لقطة واحدة</numerusform>
                <numerusform>إضافة لقطتين</numerusform>
                <numerusform>إضافة %Ln لقطات</numerusform>
                <numerusform>إضافة %Ln لقطة</numerusform>
                <numerusform>إضافة %Ln لقطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n take(s) added to the end of the timeline.</source>
            <translation>
                <numerusform>لم تُضَف أي لقطة إلى نهاية الخط الزمني.</numerusform>
                <numerusform>أُضيفت لقطة واحدة إلى نهاية الخط الزمني.</numerusform>
                <numerusform>أُضيفت لقطتان إلى نهاية الخط الزمني.</numerusform>
                <numerusform>أُضيفت %Ln لقطات إلى نهاية الخط الزمني.</numerusform>
                <numerusform>أُضيفت %Ln لقطة إلى نهاية الخط الزمني.</numerusform>
                <numerusform>أُضيفت %Ln لقطة إلى نهاية الخط الزمني.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>المرشّحات</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ExportDialog</name>
        <message>
            <source>Save the video as</source>
            <translation>حفظ الفيديو باسم</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>فيديو MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Untitled video</source>
            <translation>فيديو بلا عنوان</translation>
        </message>
        <message>
            <source>Choose an export preset.</source>
            <translation>اختر إعدادًا مسبقًا للتصدير.</translation>
        </message>
        <message numerus="yes">
            <source>The video will be %1 at %2, %3 long (%n frame(s)).</source>
            <translation>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (بلا إطارات).</numerusform>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (إطار واحد).</numerusform>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (إطاران).</numerusform>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (%Ln إطارات).</numerusform>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (%Ln إطارًا).</numerusform>
                <numerusform>سيكون الفيديو بأبعاد %1 وبمعدل %2، ومدته %3 (%Ln إطار).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where to save the video.</source>
            <translation>اختر مكان حفظ الفيديو.</translation>
        </message>
        <message>
            <source>The file name must end in .mp4.</source>
            <translation>يجب أن يكون اسم الملف بامتداد mp4.</translation>
        </message>
        <message>
            <source>%1 is a folder: add a file name.</source>
            <translation>%1 مجلد: أضف اسم ملف.</translation>
        </message>
        <message>
            <source>Montaj cannot write to the folder %1.</source>
            <translation>لا يستطيع مونتاج الكتابة في المجلد %1.</translation>
        </message>
        <message>
            <source>Before exporting:
%1</source>
            <translation>قبل التصدير:
%1</translation>
        </message>
        <message>
            <source>Keeps the project's canvas (%1) and frame rate (%2).</source>
            <translation>يحتفظ بلوحة المشروع (%1) ومعدل إطاراته (%2).</translation>
        </message>
        <message>
            <source>%1 at %2.</source>
            <translation>%1 بمعدل %2.</translation>
        </message>
        <message>
            <source>%1 H.264 video with AAC sound; the platform takes videos up to %2 long.</source>
            <translation>%1 فيديو H.264 بصوت AAC؛ وتقبل المنصة الفيديوهات التي تصل مدتها إلى %2.</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 موجود مسبقًا. هل تريد استبداله؟</translation>
        </message>
        <message>
            <source>An export is running. Stop it and close? The unfinished video will be deleted.</source>
            <translation>يجري تصدير الآن. هل تريد إيقافه والإغلاق؟ سيُحذف الفيديو غير المكتمل.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>جارٍ البدء…</translation>
        </message>
        <message>
            <source>Frame %1 of %2</source>
            <translation>الإطار %1 من %2</translation>
        </message>
        <message>
            <source>%1 frames per second</source>
            <translation>%1 إطار في الثانية</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>يتبقى نحو %1</translation>
        </message>
        <message>
            <source>stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates facts about the export's progress</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>حُفظ %1 (%2).</translation>
        </message>
        <message>
            <source>The export did not finish: %1</source>
            <translation>لم يكتمل التصدير: %1</translation>
        </message>
        <message>
            <source>The export was stopped. No file was left behind.</source>
            <translation>أُوقف التصدير. ولم يبقَ أي ملف.</translation>
        </message>
        <message>
            <source>Export video</source>
            <translation>تصدير الفيديو</translation>
        </message>
        <message>
            <source>Export “%1”</source>
            <translation>تصدير «%1»</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>الإعداد المسبق</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <source>Export preset</source>
            <translation>الإعداد المسبق للتصدير</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>ملف الإخراج</translation>
        </message>
        <message>
            <source>The MP4 file the video is saved to</source>
            <translation>ملف MP4 الذي يُحفظ فيه الفيديو</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Choose the file to save the video to</source>
            <translation>اختر الملف الذي سيُحفظ فيه الفيديو</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>تقدّم التصدير</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>افتح المجلد الذي يحتوي على الفيديو</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Stop export</source>
            <translation>إيقاف التصدير</translation>
        </message>
        <message>
            <source>Stop making the video; the unfinished file is deleted</source>
            <translation>أوقف إنشاء الفيديو؛ وسيُحذف الملف غير المكتمل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ExportDialogRunner</name>
        <message>
            <source>An export is already running.</source>
            <translation>هناك عملية تصدير جارية بالفعل.</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder for the export: %1</source>
            <translation>تعذّر إنشاء مجلد مؤقت للتصدير: %1</translation>
        </message>
        <message>
            <source>The export stopped unexpectedly: montajctl crashed.</source>
            <translation>توقف التصدير على نحو غير متوقع: تعطّل montajctl.</translation>
        </message>
        <message>
            <source>The export failed: montajctl ended with exit code %1.</source>
            <translation>فشل التصدير: انتهى montajctl برمز الخروج %1.</translation>
        </message>
        <message>
            <source>Cannot start the exporter %1: %2</source>
            <translation>تعذّر تشغيل أداة التصدير %1: %2</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterFileEditor</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A file dialog filter: the kind of file, then its patterns ("LUT file (*.cube)").</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>Choose the file for “%1”</source>
            <translation>اختر ملف «%1»</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>لا يوجد ملف</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterNumberEditor</name>
        <message>
            <source>%1: from %2 to %3</source>
            <extracomment>A tooltip of a filter's number parameter: its name, then the lowest and highest value.</extracomment>
            <translation>%1: من %2 إلى %3</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterParamsEditor</name>
        <message>
            <source>This filter has no settings.</source>
            <translation>لا توجد إعدادات لهذا المرشّح.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FiltersPanel</name>
        <message>
            <source>Reorder filters</source>
            <translation>إعادة ترتيب المرشّحات</translation>
        </message>
        <message>
            <source>%1. %2: %3</source>
            <extracomment>A problem of one filter in the stack: its position, its name, then the problem.</extracomment>
            <translation>%1. %2: %3</translation>
        </message>
        <message>
            <source>Filters of “%1”</source>
            <translation>مرشّحات «%1»</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>المرشّحات</translation>
        </message>
        <message>
            <source>Select one clip on the timeline to see and change its filters.</source>
            <translation>حدّد مقطعًا واحدًا على الخط الزمني لعرض مرشّحاته وتغييرها.</translation>
        </message>
        <message>
            <source>No filters yet. Add one, or apply a look.</source>
            <translation>لا توجد مرشّحات بعد. أضف مرشّحًا، أو طبّق مظهرًا.</translation>
        </message>
        <message>
            <source>Retouched</source>
            <translation>مُعدَّل</translation>
        </message>
        <message>
            <source>A filter of this clip changes how a person looks (skin smoothing). Some countries require a “retouched image” notice on such a video.</source>
            <translation>يغيّر أحد مرشّحات هذا المقطع مظهر الشخص (تنعيم البشرة). وتشترط بعض الدول عرض إشعار «صورة معدّلة» على مثل هذا الفيديو.</translation>
        </message>
        <message>
            <source>Filters of the clip, applied from top to bottom</source>
            <translation>مرشّحات المقطع، وتُطبَّق من الأعلى إلى الأسفل</translation>
        </message>
        <message>
            <source>Applied from top to bottom. Drag to reorder; untick to switch a filter off.</source>
            <translation>تُطبَّق من الأعلى إلى الأسفل. اسحب لإعادة الترتيب، وألغِ التحديد لإيقاف مرشّح.</translation>
        </message>
        <message>
            <source>Add filter</source>
            <translation>إضافة مرشّح</translation>
        </message>
        <message>
            <source>Add a filter at the end of the stack</source>
            <translation>أضف مرشّحًا في نهاية القائمة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the selected filter</source>
            <translation>أزل المرشّح المحدد</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>لأعلى</translation>
        </message>
        <message>
            <source>Apply the selected filter earlier</source>
            <translation>قدّم المرشّح المحدد في ترتيب التطبيق</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>لأسفل</translation>
        </message>
        <message>
            <source>Apply the selected filter later</source>
            <translation>أخّر المرشّح المحدد في ترتيب التطبيق</translation>
        </message>
        <message>
            <source>Save look…</source>
            <translation>حفظ المظهر…</translation>
        </message>
        <message>
            <source>Save these filters as a look file to reuse or share</source>
            <translation>احفظ هذه المرشّحات في ملف مظهر لإعادة استخدامها أو مشاركتها</translation>
        </message>
        <message>
            <source>Apply look…</source>
            <translation>تطبيق مظهر…</translation>
        </message>
        <message>
            <source>Replace this clip's filters with those of a look file</source>
            <translation>استبدل مرشّحات هذا المقطع بمرشّحات ملف مظهر</translation>
        </message>
        <message>
            <source>Montaj looks (*.montajlook *.json)</source>
            <extracomment>The file dialog filter for look files.</extracomment>
            <translation>مظاهر مونتاج (*.montajlook *.json)</translation>
        </message>
        <message>
            <source>Select one clip on the timeline first.</source>
            <translation>حدّد مقطعًا واحدًا على الخط الزمني أولًا.</translation>
        </message>
        <message>
            <source>Unknown filter “%1”.</source>
            <translation>مرشّح غير معروف «%1».</translation>
        </message>
        <message>
            <source>Add filter “%1”</source>
            <translation>إضافة المرشّح «%1»</translation>
        </message>
        <message>
            <source>Remove filter “%1”</source>
            <translation>إزالة المرشّح «%1»</translation>
        </message>
        <message>
            <source>Move filter “%1”</source>
            <translation>نقل المرشّح «%1»</translation>
        </message>
        <message>
            <source>Switch on filter “%1”</source>
            <translation>تشغيل المرشّح «%1»</translation>
        </message>
        <message>
            <source>Switch off filter “%1”</source>
            <translation>إيقاف المرشّح «%1»</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <extracomment>An undo step: a filter's parameter changed ("Change Intensity of LUT").</extracomment>
            <translation>تغيير %1 في المرشّح %2</translation>
        </message>
        <message>
            <source>Apply look “%1”</source>
            <translation>تطبيق المظهر «%1»</translation>
        </message>
        <message>
            <source>My look</source>
            <translation>مظهري</translation>
        </message>
        <message>
            <source>Save Look</source>
            <translation>حفظ المظهر</translation>
        </message>
        <message>
            <source>Apply Look</source>
            <translation>تطبيق مظهر</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::HistoryPanel</name>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>حسب اليوم</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>حسب الشهر</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>العملات</translation>
        </message>
        <message>
            <source>Total: %1 coins</source>
            <translation>الإجمالي: %1 من العملات</translation>
        </message>
        <message>
            <source>Total: %1 · %2 diamonds · %3 gifts</source>
            <translation>الإجمالي: %1 · الماسات: %2 · الهدايا: %3</translation>
        </message>
        <message>
            <source>Estimated tax at %1: %2 (an estimate, not tax advice)</source>
            <translation>الضريبة المقدّرة بنسبة %1: %2 (تقدير، وليست استشارة ضريبية)</translation>
        </message>
        <message>
            <source>Set a tax rate in Settings to see an estimate.</source>
            <translation>حدّد نسبة الضريبة في تبويب «الإعدادات» لعرض تقدير.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorClipPage</name>
        <message>
            <source>%1 long</source>
            <translation>المدة %1</translation>
        </message>
        <message>
            <source>no sound</source>
            <translation>بلا صوت</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>In</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>مستوى الصوت</translation>
        </message>
        <message>
            <source>Framing</source>
            <translation>التأطير</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>الاقتصاص</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>الارتفاع</translation>
        </message>
        <message>
            <source>In point</source>
            <translation>نقطة البداية</translation>
        </message>
        <message>
            <source>Where the clip starts in its source (hours:minutes:seconds:frames)</source>
            <translation>موضع بداية المقطع في مصدره (ساعات:دقائق:ثوانٍ:إطارات)</translation>
        </message>
        <message>
            <source>Out point</source>
            <translation>نقطة النهاية</translation>
        </message>
        <message>
            <source>Where the clip ends in its source (hours:minutes:seconds:frames)</source>
            <translation>موضع نهاية المقطع في مصدره (ساعات:دقائق:ثوانٍ:إطارات)</translation>
        </message>
        <message>
            <source>Clip length</source>
            <translation>مدة المقطع</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>كتم الصوت</translation>
        </message>
        <message>
            <source>Silence this clip's own sound</source>
            <translation>اكتم الصوت الأصلي لهذا المقطع</translation>
        </message>
        <message>
            <source>Fit: show the whole picture</source>
            <translation>ملاءمة: عرض الصورة كاملة</translation>
        </message>
        <message>
            <source>Fill: cover the canvas</source>
            <translation>ملء: تغطية اللوحة</translation>
        </message>
        <message>
            <source>Crop: choose the part to show</source>
            <translation>اقتصاص: اختيار الجزء المعروض</translation>
        </message>
        <message>
            <source>How the clip's picture sits on the canvas</source>
            <translation>طريقة وضع صورة المقطع على اللوحة</translation>
        </message>
        <message>
            <source>Crop left edge, percent of the source width</source>
            <translation>الحافة اليسرى للاقتصاص، نسبةً مئوية من عرض المصدر</translation>
        </message>
        <message>
            <source>Crop top edge, percent of the source height</source>
            <translation>الحافة العليا للاقتصاص، نسبةً مئوية من ارتفاع المصدر</translation>
        </message>
        <message>
            <source>Crop width, percent of the source width</source>
            <translation>عرض الاقتصاص، نسبةً مئوية من عرض المصدر</translation>
        </message>
        <message>
            <source>Crop height, percent of the source height</source>
            <translation>ارتفاع الاقتصاص، نسبةً مئوية من ارتفاع المصدر</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorMultiPage</name>
        <message numerus="yes">
            <source>%n item(s) selected</source>
            <translation>
                <numerusform>لا عناصر محدَّدة</numerusform>
                <numerusform>عنصر واحد محدَّد</numerusform>
                <numerusform>عنصران محدَّدان</numerusform>
                <numerusform>%Ln عناصر محدَّدة</numerusform>
                <numerusform>%Ln عنصرًا محدَّدًا</numerusform>
                <numerusform>%Ln عنصر محدَّد</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 and %3</source>
            <translation>%1: %2 و%3</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s)</source>
            <translation>
                <numerusform>لا مقاطع</numerusform>
                <numerusform>مقطع واحد</numerusform>
                <numerusform>مقطعان</numerusform>
                <numerusform>%Ln مقاطع</numerusform>
                <numerusform>%Ln مقطعًا</numerusform>
                <numerusform>%Ln مقطع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>لا نصوص</numerusform>
                <numerusform>نص واحد</numerusform>
                <numerusform>نصّان</numerusform>
                <numerusform>%Ln نصوص</numerusform>
                <numerusform>%Ln نصًّا</numerusform>
                <numerusform>%Ln نص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change the volume of %n clip(s)</source>
            <translation>
                <numerusform>تغيير مستوى صوت المقاطع</numerusform>
                <numerusform>تغيير مستوى صوت مقطع واحد</numerusform>
                <numerusform>تغيير مستوى صوت مقطعين</numerusform>
                <numerusform>تغيير مستوى صوت %Ln مقاطع</numerusform>
                <numerusform>تغيير مستوى صوت %Ln مقطعًا</numerusform>
                <numerusform>تغيير مستوى صوت %Ln مقطع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mute %n clip(s)</source>
            <translation>
                <numerusform>كتم صوت المقاطع</numerusform>
                <numerusform>كتم صوت مقطع واحد</numerusform>
                <numerusform>كتم صوت مقطعين</numerusform>
                <numerusform>كتم صوت %Ln مقاطع</numerusform>
                <numerusform>كتم صوت %Ln مقطعًا</numerusform>
                <numerusform>كتم صوت %Ln مقطع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmute %n clip(s)</source>
            <translation>
                <numerusform>إلغاء كتم صوت المقاطع</numerusform>
                <numerusform>إلغاء كتم صوت مقطع واحد</numerusform>
                <numerusform>إلغاء كتم صوت مقطعين</numerusform>
                <numerusform>إلغاء كتم صوت %Ln مقاطع</numerusform>
                <numerusform>إلغاء كتم صوت %Ln مقطعًا</numerusform>
                <numerusform>إلغاء كتم صوت %Ln مقطع</numerusform>
            </translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>مستوى الصوت</translation>
        </message>
        <message>
            <source>The clips have different volumes; a change sets them all.</source>
            <translation>مستويات صوت المقاطع مختلفة؛ وأي تغيير يوحّدها جميعًا.</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>كتم الصوت</translation>
        </message>
        <message>
            <source>Mute or unmute every selected clip</source>
            <translation>اكتم صوت كل المقاطع المحددة أو ألغِ كتمه</translation>
        </message>
        <message>
            <source>Select a single item to edit it.</source>
            <translation>حدّد عنصرًا واحدًا لتعديله.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorPanel</name>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Clip</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Several items</source>
            <translation>عدة عناصر</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>لوحة الخصائص</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorProjectPage</name>
        <message>
            <source>Vertical 9:16 (TikTok, Reels, Shorts)</source>
            <translation>عمودي 9:16 (TikTok وReels وShorts)</translation>
        </message>
        <message>
            <source>Square 1:1</source>
            <translation>مربّع 1:1</translation>
        </message>
        <message>
            <source>Portrait 4:5</source>
            <translation>طولي 4:5</translation>
        </message>
        <message>
            <source>Landscape 16:9</source>
            <translation>أفقي 16:9</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Custom — %1</source>
            <translation>مخصص — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s), %1 long</source>
            <translation>
                <numerusform>لا مقاطع، المدة %1</numerusform>
                <numerusform>مقطع واحد، المدة %1</numerusform>
                <numerusform>مقطعان، المدة %1</numerusform>
                <numerusform>%Ln مقاطع، المدة %1</numerusform>
                <numerusform>%Ln مقطعًا، المدة %1</numerusform>
                <numerusform>%Ln مقطع، المدة %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>اللوحة</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>معدل الإطارات</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>الخلفية</translation>
        </message>
        <message>
            <source>Canvas shape</source>
            <translation>شكل اللوحة</translation>
        </message>
        <message>
            <source>The shape and size of the video you make</source>
            <translation>شكل الفيديو الذي تنشئه وأبعاده</translation>
        </message>
        <message>
            <source>Frames per second of the project</source>
            <translation>عدد إطارات المشروع في الثانية</translation>
        </message>
        <message>
            <source>Background colour</source>
            <translation>لون الخلفية</translation>
        </message>
        <message>
            <source>The colour around a clip that does not fill the canvas</source>
            <translation>اللون المحيط بالمقطع الذي لا يملأ اللوحة</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorTextPage</name>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>الخط</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>الحدّ الخارجي</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>الخلفية</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>The words shown on the video. Ctrl+Enter or leaving the field applies them.</source>
            <translation>الكلمات المعروضة على الفيديو. اضغط Ctrl+Enter أو غادر الحقل لتطبيقها.</translation>
        </message>
        <message>
            <source>Type the text to show</source>
            <translation>اكتب النص المراد عرضه</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Font size in pixels of the canvas</source>
            <translation>حجم الخط بوحدات البكسل على اللوحة</translation>
        </message>
        <message>
            <source>Letter height, in pixels of the exported video</source>
            <translation>ارتفاع الحروف بوحدات البكسل في الفيديو المصدَّر</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>عريض</translation>
        </message>
        <message>
            <source>Text colour</source>
            <translation>لون النص</translation>
        </message>
        <message>
            <source>Outline colour</source>
            <translation>لون الحدّ الخارجي</translation>
        </message>
        <message>
            <source>Outline width, percent of the font size</source>
            <translation>سُمك الحدّ الخارجي، نسبةً مئوية من حجم الخط</translation>
        </message>
        <message>
            <source>Outline width, percent of the font size (0 for none)</source>
            <translation>سُمك الحدّ الخارجي، نسبةً مئوية من حجم الخط (0 لإلغائه)</translation>
        </message>
        <message>
            <source>Box behind the text</source>
            <translation>مربع خلف النص</translation>
        </message>
        <message>
            <source>Box colour</source>
            <translation>لون المربع</translation>
        </message>
        <message>
            <source>X </source>
            <translation>X </translation>
        </message>
        <message>
            <source>Y </source>
            <translation>Y </translation>
        </message>
        <message>
            <source>Horizontal position, percent of the canvas width</source>
            <translation>الموضع الأفقي، نسبةً مئوية من عرض اللوحة</translation>
        </message>
        <message>
            <source>Where the middle of the text sits across the canvas</source>
            <translation>موضع منتصف النص أفقيًا على اللوحة</translation>
        </message>
        <message>
            <source>Vertical position, percent of the canvas height</source>
            <translation>الموضع العمودي، نسبةً مئوية من ارتفاع اللوحة</translation>
        </message>
        <message>
            <source>Where the middle of the text sits down the canvas</source>
            <translation>موضع منتصف النص عموديًا على اللوحة</translation>
        </message>
        <message>
            <source>Text start on the timeline</source>
            <translation>بداية النص على الخط الزمني</translation>
        </message>
        <message>
            <source>When the text appears, on the timeline (hours:minutes:seconds:frames)</source>
            <translation>وقت ظهور النص على الخط الزمني (ساعات:دقائق:ثوانٍ:إطارات)</translation>
        </message>
        <message>
            <source>Text end on the timeline</source>
            <translation>نهاية النص على الخط الزمني</translation>
        </message>
        <message>
            <source>When the text disappears, on the timeline (hours:minutes:seconds:frames)</source>
            <translation>وقت اختفاء النص على الخط الزمني (ساعات:دقائق:ثوانٍ:إطارات)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorTimecodeEdit</name>
        <message>
            <source>Type a time as hours:minutes:seconds:frames, for example %1.</source>
            <translation>اكتب الوقت بصيغة ساعات:دقائق:ثوانٍ:إطارات، مثل %1.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorVolumeControl</name>
        <message>
            <source>Volume: %1 plays the clip as recorded</source>
            <translation>مستوى الصوت: عند %1 يُشغَّل المقطع كما سُجّل</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>مستوى الصوت</translation>
        </message>
        <message>
            <source>Volume in percent</source>
            <translation>مستوى الصوت بالنسبة المئوية</translation>
        </message>
        <message>
            <source>Gain in decibels</source>
            <translation>الكسب بالديسيبل</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::LevelMeterBar</name>
        <message>
            <source>No sound</source>
            <translation>بلا صوت</translation>
        </message>
        <message>
            <source>%1 dB</source>
            <extracomment>The microphone's peak level in decibels (full scale), e.g. "-6 dB".</extracomment>
            <translation>%1 dB</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>مستوى الميكروفون</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::LiveDashboard</name>
        <message>
            <source>Live</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Follow live</source>
            <translation>المتابعة المباشرة</translation>
        </message>
        <message>
            <source>Top gifters</source>
            <translation>أبرز المُهدين</translation>
        </message>
        <message>
            <source>Gifter</source>
            <translation>المُهدي</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>الهدايا</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>العملات</translation>
        </message>
        <message>
            <source>The LIVE session to follow</source>
            <translation>جلسة البث المباشر المراد متابعتها</translation>
        </message>
        <message>
            <source>No LIVE session</source>
            <translation>لا توجد جلسة بث مباشر</translation>
        </message>
        <message>
            <source>● LIVE · %1</source>
            <translation>● مباشر · %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 diamonds · %2 coins · %3 gifts</source>
            <translation>الماسات: %1 · العملات: %2 · الهدايا: %3</translation>
        </message>
        <message>
            <source>%1 gifts in the last minute · %2 events, %3 replayed</source>
            <translation>الهدايا في الدقيقة الأخيرة: %1 · الأحداث: %2، المُعادة: %3</translation>
        </message>
        <message>
            <source>now</source>
            <translation>الآن</translation>
        </message>
        <message numerus="yes">
            <source>Gifts per minute, last %Ln minute(s)</source>
            <translation>
                <numerusform>الهدايا في الدقيقة</numerusform>
                <numerusform>الهدايا في الدقيقة، آخر دقيقة</numerusform>
                <numerusform>الهدايا في الدقيقة، آخر دقيقتين</numerusform>
                <numerusform>الهدايا في الدقيقة، آخر %Ln دقائق</numerusform>
                <numerusform>الهدايا في الدقيقة، آخر %Ln دقيقةً</numerusform>
                <numerusform>الهدايا في الدقيقة، آخر %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln diamond(s)</source>
            <translation>
                <numerusform>لا ماسات</numerusform>
                <numerusform>ماسة واحدة</numerusform>
                <numerusform>ماستان</numerusform>
                <numerusform>%Ln ماسات</numerusform>
                <numerusform>%Ln ماسةً</numerusform>
                <numerusform>%Ln ماسة</numerusform>
            </translation>
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
        <message>
            <source>This computer is not connected to %1: link an account of that platform in Settings → Accounts.</source>
            <translation>هذا الحاسوب غير متصل بـ %1: اربط حسابًا من هذه المنصة في الإعدادات ← الحسابات.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaBinModel</name>
        <message>
            <source>Missing: use Relink… to find it</source>
            <translation>مفقود: استخدم «إعادة الربط…» للعثور عليه</translation>
        </message>
        <message>
            <source>Cannot be used: %1</source>
            <translation>غير قابل للاستخدام: %1</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Sound only</source>
            <translation>صوت فقط</translation>
        </message>
        <message>
            <source>not in the bin</source>
            <translation>ليس في الحاوية</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates facts about a media file</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaBinPanel</name>
        <message>
            <source>Media files (%1)</source>
            <translation>ملفات الوسائط (%1)</translation>
        </message>
        <message>
            <source>Videos (%1)</source>
            <translation>الفيديوهات (%1)</translation>
        </message>
        <message>
            <source>Sound (%1)</source>
            <translation>الملفات الصوتية (%1)</translation>
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation>الصور (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Import media</source>
            <translation>استيراد الوسائط</translation>
        </message>
        <message>
            <source>No media matches “%1”.</source>
            <translation>لا توجد وسائط تطابق «%1».</translation>
        </message>
        <message>
            <source>No media yet. Drop video, sound or picture files here, or click Import…</source>
            <translation>لا توجد وسائط بعد. أفلت هنا ملفات فيديو أو صوت أو صور، أو انقر «استيراد…»</translation>
        </message>
        <message>
            <source>“%1” is not a file that can be imported.</source>
            <translation>«%1» ليس ملفًا يمكن استيراده.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <source>Add video, sound or picture files to the project</source>
            <translation>أضف ملفات فيديو أو صوت أو صور إلى المشروع</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>تصفية حسب الاسم</translation>
        </message>
        <message>
            <source>Filter the media by name</source>
            <translation>تصفية الوسائط حسب الاسم</translation>
        </message>
        <message>
            <source>Project media</source>
            <translation>وسائط المشروع</translation>
        </message>
        <message>
            <source>Add to timeline</source>
            <translation>إضافة إلى الخط الزمني</translation>
        </message>
        <message>
            <source>Put the selected files at the end of the timeline</source>
            <translation>ضع الملفات المحددة في نهاية الخط الزمني</translation>
        </message>
        <message>
            <source>Insert at playhead</source>
            <translation>إدراج عند رأس التشغيل</translation>
        </message>
        <message>
            <source>Put the selected files on the timeline where the playhead is</source>
            <translation>ضع الملفات المحددة على الخط الزمني عند موضع رأس التشغيل</translation>
        </message>
        <message>
            <source>Use as music</source>
            <translation>استخدام كموسيقى</translation>
        </message>
        <message>
            <source>Play this file's sound under the whole video</source>
            <translation>شغّل صوت هذا الملف على امتداد الفيديو كله</translation>
        </message>
        <message>
            <source>Remove from bin</source>
            <translation>إزالة من الحاوية</translation>
        </message>
        <message>
            <source>Take the files off the bin; clips that use them stay</source>
            <translation>أزل الملفات من الحاوية؛ وتبقى المقاطع التي تستخدمها</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>إعادة الربط…</translation>
        </message>
        <message>
            <source>Find files that were moved or renamed</source>
            <translation>ابحث عن الملفات التي نُقلت أو أُعيدت تسميتها</translation>
        </message>
        <message>
            <source>Media bin</source>
            <translation>حاوية الوسائط</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaPool</name>
        <message>
            <source>“%1” is still being read.</source>
            <translation>لا تزال قراءة «%1» جارية.</translation>
        </message>
        <message>
            <source>“%1” has no length to put on the timeline.</source>
            <translation>ليست لـ«%1» مدة تسمح بوضعه على الخط الزمني.</translation>
        </message>
        <message>
            <source>“%1” has no sound to use as music.</source>
            <translation>لا يحتوي «%1» على صوت يمكن استخدامه كموسيقى.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MessageBar</name>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MissedPostsDialog</name>
        <message>
            <source>Missed posts</source>
            <translation>منشورات فائتة</translation>
        </message>
        <message>
            <source>These posts were due while Montaj was closed. Publish the ticked ones now, or skip them (they are cancelled and kept in the history).</source>
            <translation>حان موعد هذه المنشورات بينما كان مونتاج مغلقًا. انشر المحدّدة منها الآن، أو تخطَّها (فتُلغى وتبقى في السجل).</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطّي</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>النشر الآن</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MonthView</name>
        <message>
            <source>+%1 more</source>
            <translation>+%1 أخرى</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PayoutsPanel</name>
        <message>
            <source>Withdrawal:</source>
            <translation>السحب:</translation>
        </message>
        <message>
            <source>Note (payment method, reference)</source>
            <translation>ملاحظة (طريقة الدفع، المرجع)</translation>
        </message>
        <message>
            <source>Record withdrawal</source>
            <translation>تسجيل السحب</translation>
        </message>
        <message>
            <source>Reverse the selected withdrawal</source>
            <translation>عكس السحب المحدد</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Balance after</source>
            <translation>الرصيد بعده</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Enter the amount withdrawn, for example %1.</source>
            <translation>أدخل المبلغ المسحوب، مثل %1.</translation>
        </message>
        <message>
            <source>Balance: %1</source>
            <translation>الرصيد: %1</translation>
        </message>
        <message>
            <source>Earned %1, withdrawn %2.</source>
            <translation>المكتسَب %1، والمسحوب %2.</translation>
        </message>
        <message>
            <source>%1 No minimum withdrawal is set.</source>
            <translation>%1 لم يُحدَّد حد أدنى للسحب.</translation>
        </message>
        <message>
            <source>%1 The minimum withdrawal is %2: you can withdraw.</source>
            <translation>%1 الحد الأدنى للسحب %2: يمكنك السحب.</translation>
        </message>
        <message>
            <source>%1 The minimum withdrawal is %2: not reached yet.</source>
            <translation>%1 الحد الأدنى للسحب %2: لم يُبلَغ بعد.</translation>
        </message>
        <message>
            <source>Reversal: %1</source>
            <translation>عكس: %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostCalendarModel</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>بلا تاريخ انتهاء</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Posting window: %1 – %2</source>
            <translation>فترة النشر: %1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n post(s) linked</source>
            <translation>
                <numerusform>رُبط %1 من أصل %Ln منشور</numerusform>
                <numerusform>رُبط %1 من أصل منشور واحد</numerusform>
                <numerusform>رُبط %1 من أصل منشورَين</numerusform>
                <numerusform>رُبط %1 من أصل %Ln منشورات</numerusform>
                <numerusform>رُبط %1 من أصل %Ln منشورًا</numerusform>
                <numerusform>رُبط %1 من أصل %Ln منشور</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to open the deal in Collaborations.</source>
            <translation>انقر لفتح الصفقة في «التعاونات».</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostDetailsPanel</name>
        <message>
            <source>created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>عُدّل</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>تمت الموافقة عليه</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>رُفض</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>أُعيدت المحاولة</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <source>picked up by a publisher</source>
            <translation>تولّاه عامل نشر</translation>
        </message>
        <message>
            <source>published</source>
            <translation>نُشر</translation>
        </message>
        <message>
            <source>missed; publishing now</source>
            <translation>فات موعده؛ جارٍ نشره الآن</translation>
        </message>
        <message>
            <source>missed; skipped</source>
            <translation>فات موعده؛ تم تخطيه</translation>
        </message>
        <message>
            <source>Getting ready…</source>
            <translation>جارٍ التحضير…</translation>
        </message>
        <message>
            <source>Contacting the platform…</source>
            <translation>جارٍ الاتصال بالمنصة…</translation>
        </message>
        <message>
            <source>Uploading %1</source>
            <translation>جارٍ الرفع %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>جارٍ الرفع…</translation>
        </message>
        <message>
            <source>The platform is processing the video…</source>
            <translation>تعالج المنصة الفيديو…</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 ← %2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(بلا وصف)</translation>
        </message>
        <message>
            <source>Select a post to see its status and history.</source>
            <translation>اختر منشورًا لعرض حالته وسجله.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Reason for rejecting (optional)</source>
            <translation>سبب الرفض (اختياري)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Cancel post</source>
            <translation>إلغاء المنشور</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>فائت</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>أُعيد فتحه</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>to be tried again</source>
            <translation>ستُعاد المحاولة</translation>
        </message>
        <message>
            <source>paused by the publisher</source>
            <translation>أوقفه عامل النشر مؤقتًا</translation>
        </message>
        <message>
            <source>taken over by another publisher</source>
            <translation>تولّاه عامل نشر آخر</translation>
        </message>
        <message>
            <source>sent to the platform</source>
            <translation>أُرسل إلى المنصة</translation>
        </message>
        <message>
            <source>accepted by the platform</source>
            <translation>قبلته المنصة</translation>
        </message>
        <message>
            <source>video uploaded</source>
            <translation>رُفع الفيديو</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>أُعيد إرساله</translation>
        </message>
        <message>
            <source>not found on the platform</source>
            <translation>غير موجود على المنصة</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostListModel</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PreviewPanel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A tooltip: what the button does, then its keyboard shortcut in brackets.</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <source>Pause playback</source>
            <translation>أوقف التشغيل مؤقتًا</translation>
        </message>
        <message>
            <source>Play from the playhead</source>
            <translation>شغّل من رأس التشغيل</translation>
        </message>
        <message>
            <source>Play Backward</source>
            <translation>تشغيل للخلف</translation>
        </message>
        <message>
            <source>Play backward; press again to go faster</source>
            <translation>شغّل للخلف؛ واضغط مجددًا لتسريع التشغيل</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>أوقف التشغيل</translation>
        </message>
        <message>
            <source>Play Forward</source>
            <translation>تشغيل للأمام</translation>
        </message>
        <message>
            <source>Play forward; press again to go faster</source>
            <translation>شغّل للأمام؛ واضغط مجددًا لتسريع التشغيل</translation>
        </message>
        <message>
            <source>Previous Frame</source>
            <translation>الإطار السابق</translation>
        </message>
        <message>
            <source>Go back one frame</source>
            <translation>ارجع إطارًا واحدًا</translation>
        </message>
        <message>
            <source>Next Frame</source>
            <translation>الإطار التالي</translation>
        </message>
        <message>
            <source>Go forward one frame</source>
            <translation>تقدّم إطارًا واحدًا</translation>
        </message>
        <message>
            <source>Go to Start</source>
            <translation>الانتقال إلى البداية</translation>
        </message>
        <message>
            <source>Go to the start of the project</source>
            <translation>انتقل إلى بداية المشروع</translation>
        </message>
        <message>
            <source>Go to End</source>
            <translation>الانتقال إلى النهاية</translation>
        </message>
        <message>
            <source>Go to the end of the project</source>
            <translation>انتقل إلى نهاية المشروع</translation>
        </message>
        <message>
            <source>Mark In</source>
            <translation>تعيين نقطة البداية</translation>
        </message>
        <message>
            <source>Set the in mark at the playhead</source>
            <translation>ضع علامة البداية عند رأس التشغيل</translation>
        </message>
        <message>
            <source>Mark Out</source>
            <translation>تعيين نقطة النهاية</translation>
        </message>
        <message>
            <source>Set the out mark at the playhead</source>
            <translation>ضع علامة النهاية عند رأس التشغيل</translation>
        </message>
        <message>
            <source>Safe Areas</source>
            <translation>المناطق الآمنة</translation>
        </message>
        <message>
            <source>Show where TikTok's buttons, tabs and caption cover the video</source>
            <translation>أظهر المواضع التي تغطي فيها أزرار TikTok وتبويباته والوصف الفيديو</translation>
        </message>
        <message>
            <source>Filters: %1</source>
            <translation>المرشّحات: %1</translation>
        </message>
        <message>
            <source>Before/After</source>
            <translation>قبل/بعد</translation>
        </message>
        <message>
            <source>Compare with and without filters: drag the divider over the picture; the original is on the left</source>
            <translation>قارن بين الصورة بالمرشّحات ومن دونها: اسحب الفاصل فوق الصورة؛ الأصل على اليسار</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PreviewView</name>
        <message>
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>After</source>
            <translation>بعد</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ProjectController</name>
        <message>
            <source>Montaj projects (*.montaj)</source>
            <translation>مشاريع مونتاج (*.montaj)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>فتح مشروع</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>حفظ المشروع</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تعديلات غير محفوظة</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>في «%1» تعديلات غير محفوظة. هل تريد حفظها أولًا؟</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishNotifier</name>
        <message>
            <source>Montaj publishing</source>
            <translation>مونتاج — النشر</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>تم النشر</translation>
        </message>
        <message>
            <source>A scheduled post was published.</source>
            <translation>نُشر منشور مجدول.</translation>
        </message>
        <message>
            <source>Could not post</source>
            <translation>تعذّر النشر</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishPage</name>
        <message>
            <source>Moved to %1.</source>
            <translation>نُقل إلى %1.</translation>
        </message>
        <message>
            <source>Moved to %1. %2</source>
            <translation>نُقل إلى %1. %2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Add an account to this workspace before writing a post.</source>
            <translation>أضف حسابًا إلى مساحة العمل هذه قبل كتابة منشور.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>حُفظت المسودة.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>حُفظ: %1</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>لم يُستورد أي منشور.</numerusform>
                <numerusform>استُورد منشور واحد.</numerusform>
                <numerusform>استُورد منشوران.</numerusform>
                <numerusform>استُوردت %Ln منشورات.</numerusform>
                <numerusform>استُورد %Ln منشورًا.</numerusform>
                <numerusform>استُورد %Ln منشور.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the calendar</source>
            <translation>تصدير التقويم</translation>
        </message>
        <message>
            <source>Export the schedule</source>
            <translation>تصدير جدول النشر</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>ملفات التقويم (*.ics)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n post(s) to %1.</source>
            <translation>
                <numerusform>لم يُصدَّر أي منشور إلى %1.</numerusform>
                <numerusform>صُدّر منشور واحد إلى %1.</numerusform>
                <numerusform>صُدّر منشوران إلى %1.</numerusform>
                <numerusform>صُدّرت %Ln منشورات إلى %1.</numerusform>
                <numerusform>صُدّر %Ln منشورًا إلى %1.</numerusform>
                <numerusform>صُدّر %Ln منشور إلى %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishToolbar</name>
        <message>
            <source>New post</source>
            <translation>منشور جديد</translation>
        </message>
        <message>
            <source>Write a new post (Ctrl+N)</source>
            <translation>اكتب منشورًا جديدًا (Ctrl+N)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <source>List</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>كل الحسابات</translation>
        </message>
        <message>
            <source>Accounts shown</source>
            <translation>الحسابات المعروضة</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>استيراد CSV…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Schedule as CSV…</source>
            <translation>جدول النشر بصيغة CSV…</translation>
        </message>
        <message>
            <source>Calendar file (ICS)…</source>
            <translation>ملف تقويم (ICS)…</translation>
        </message>
        <message>
            <source>Accounts…</source>
            <translation>الحسابات…</translation>
        </message>
        <message>
            <source>Colours, time zones and posting times of the workspace's accounts</source>
            <translation>ألوان حسابات مساحة العمل ومناطقها الزمنية وأوقات نشرها</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublisherLink</name>
        <message>
            <source>A post will be tried again at %1: %2</source>
            <translation>ستُعاد محاولة نشر منشور في %1: %2</translation>
        </message>
        <message>
            <source>Offline: publishing resumes when the connection is back.</source>
            <translation>غير متصل: سيُستأنف النشر عند عودة الاتصال.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RatesPanel</name>
        <message>
            <source>A price is a whole number of coins.</source>
            <translation>السعر عدد صحيح من العملات.</translation>
        </message>
        <message>
            <source>Creator share</source>
            <translation>حصة صانع المحتوى</translation>
        </message>
        <message>
            <source>Diamond value</source>
            <translation>قيمة الماسة</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>سعر الصرف</translation>
        </message>
        <message>
            <source>Conversion settings (each applies from its date on)</source>
            <translation>إعدادات التحويل (يسري كل منها اعتبارًا من تاريخه)</translation>
        </message>
        <message>
            <source>Payouts and tax</source>
            <translation>المدفوعات والضريبة</translation>
        </message>
        <message>
            <source>Gift catalog</source>
            <translation>كتالوج الهدايا</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>الإعداد</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>اعتبارًا من</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Gift id</source>
            <translation>معرّف الهدية</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>الهدية</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>العملات</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>مصدر السعر</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Payout currency:</source>
            <translation>عملة الدفع:</translation>
        </message>
        <message>
            <source>Minimum withdrawal:</source>
            <translation>الحد الأدنى للسحب:</translation>
        </message>
        <message>
            <source>Tax-estimate rate (%):</source>
            <translation>نسبة تقدير الضريبة (٪):</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>share in %, e.g. %1</source>
            <translation>الحصة بالنسبة المئوية، مثل %1</translation>
        </message>
        <message>
            <source>one diamond, e.g. %1</source>
            <translation>ماسة واحدة، مثل %1</translation>
        </message>
        <message>
            <source>1 unit in the second currency, e.g. %1</source>
            <translation>وحدة واحدة بالعملة الثانية، مثل %1</translation>
        </message>
        <message>
            <source>%1 %2 a diamond</source>
            <translation>%1 %2 للماسة</translation>
        </message>
        <message>
            <source>1 %1 = %2 %3</source>
            <translation>1 %1 = %2 %3</translation>
        </message>
        <message>
            <source>always</source>
            <translation>دائمًا</translation>
        </message>
        <message>
            <source>Double-click to set your own price</source>
            <translation>انقر نقرًا مزدوجًا لتحديد سعرك الخاص</translation>
        </message>
        <message>
            <source>you</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>the platform</source>
            <translation>المنصة</translation>
        </message>
        <message>
            <source>A share has at most four decimal places.</source>
            <translation>للحصة أربع خانات عشرية على الأكثر.</translation>
        </message>
        <message>
            <source>The tax rate is a percentage between 0 and 100, with at most two decimal places.</source>
            <translation>نسبة الضريبة نسبة مئوية بين 0 و100، بخانتين عشريتين على الأكثر.</translation>
        </message>
        <message>
            <source>Import rates…</source>
            <translation>استيراد الأسعار…</translation>
        </message>
        <message>
            <source>Adds dated exchange rates from a CSV file (base, quote, rate, valid_from)</source>
            <translation>يضيف أسعار صرف مؤرَّخة من ملف CSV (base، quote، rate، valid_from)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDistributionChart</name>
        <message>
            <source>Expected views (P10–P90)</source>
            <translation>المشاهدات المتوقعة (P10–P90)</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>المشاهدات</translation>
        </message>
        <message>
            <source>1 h</source>
            <comment>after posting</comment>
            <translation>١ س</translation>
        </message>
        <message>
            <source>24 h</source>
            <comment>after posting</comment>
            <translation>٢٤ س</translation>
        </message>
        <message>
            <source>7 d</source>
            <comment>after posting</comment>
            <translation>٧ أيام</translation>
        </message>
        <message>
            <source>30 d</source>
            <comment>after posting</comment>
            <translation>٣٠ يومًا</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDraftPanel</name>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Caption with #hashtags</source>
            <translation>وصف مع #وسوم</translation>
        </message>
        <message>
            <source>Posting time</source>
            <translation>وقت النشر</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source> s</source>
            <translation> ث</translation>
        </message>
        <message>
            <source>Photo post</source>
            <translation>منشور صور</translation>
        </message>
        <message>
            <source>Has captions (subtitles)</source>
            <translation>يتضمّن ترجمة نصية (سطور مكتوبة على الفيديو)</translation>
        </message>
        <message>
            <source>Commercial content disclosed</source>
            <translation>محتوى تجاري مُفصَح عنه</translation>
        </message>
        <message>
            <source>This project cannot be used: %1</source>
            <translation>لا يمكن استخدام هذا المشروع: %1</translation>
        </message>
        <message>
            <source>Open a project as the draft</source>
            <translation>فتح مشروع كمسودة</translation>
        </message>
        <message>
            <source>Montaj projects (*.montaj);;All files (*)</source>
            <translation>مشاريع مونتاج (*.montaj);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>The post's project cannot be read, so its duration and captions are not known: %1</source>
            <translation>تعذّرت قراءة مشروع المنشور، فمدته وترجمته النصية غير معروفتين: %1</translation>
        </message>
        <message>
            <source>The project's timeline is empty: type the video's duration.</source>
            <translation>الخط الزمني للمشروع فارغ: اكتب مدة الفيديو.</translation>
        </message>
        <message>
            <source>From the project: %1 of video, with captions.</source>
            <translation>من المشروع: فيديو مدته %1، مع ترجمة نصية.</translation>
        </message>
        <message>
            <source>From the project: %1 of video, without captions.</source>
            <translation>من المشروع: فيديو مدته %1، بلا ترجمة نصية.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 ث</translation>
        </message>
        <message>
            <source>A project holds no post caption or time: type the ones you will post.</source>
            <translation>لا يحمل المشروع نص المنشور ولا موعده: اكتب ما ستنشره.</translation>
        </message>
        <message>
            <source>Estimate one of this account's scheduled posts, a project, or typed values.</source>
            <translation>قدّر أحد المنشورات المجدولة لهذا الحساب، أو مشروعًا، أو قيمًا تكتبها.</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>فتح مشروع…</translation>
        </message>
        <message>
            <source>Use a Montaj project's length and captions as the draft.</source>
            <translation>استخدام مدة مشروع مونتاج وترجمته النصية كمسودة.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDraftSourceBox</name>
        <message>
            <source>Typed values</source>
            <translation>قيم مُدخَلة يدويًا</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>غير مجدول</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(بلا وصف)</translation>
        </message>
        <message>
            <source>Project on the Edit page: %1</source>
            <translation>مشروع التحرير: %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>مشروع: %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachFollowUpPanel</name>
        <message>
            <source>waiting for counters</source>
            <translation>في انتظار العدّادات</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>ساعة واحدة</numerusform>
                <numerusform>ساعتان</numerusform>
                <numerusform>%Ln ساعات</numerusform>
                <numerusform>%Ln ساعةً</numerusform>
                <numerusform>%Ln ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2–%3)</source>
            <translation>%1 (%2–%3)</translation>
        </message>
        <message>
            <source>below the range</source>
            <translation>أدنى من النطاق</translation>
        </message>
        <message>
            <source>above the range</source>
            <translation>أعلى من النطاق</translation>
        </message>
        <message>
            <source>within the range</source>
            <translation>ضمن النطاق</translation>
        </message>
        <message>
            <source>After publishing: estimate and actual</source>
            <translation>بعد النشر: التقدير مقابل الفعلي</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تم النشر</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>العمر</translation>
        </message>
        <message>
            <source>Estimated (P10–P90)</source>
            <translation>التقدير (P10–P90)</translation>
        </message>
        <message>
            <source>Actual views</source>
            <translation>المشاهدات الفعلية</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>المقارنة</translation>
        </message>
        <message>
            <source>Read counters now</source>
            <translation>قراءة العدّادات الآن</translation>
        </message>
        <message>
            <source>Published posts appear here with their estimate; their views are read as they come in.</source>
            <translation>تظهر هنا المنشورات التي نُشرت مع تقديرها؛ وتُقرأ مشاهداتها أولًا بأول.</translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range.</source>
            <translation>
                <numerusform>لم تُجرَ أي مقارنة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
                <numerusform>مقارنة واحدة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
                <numerusform>مقارنتان: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
                <numerusform>%Ln مقارنات: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
                <numerusform>%Ln مقارنةً: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
                <numerusform>%Ln مقارنة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range. First-day estimates are adjusted by %2 % from your published posts.</source>
            <translation>
                <numerusform>لم تُجرَ أي مقارنة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
                <numerusform>مقارنة واحدة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
                <numerusform>مقارنتان: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
                <numerusform>%Ln مقارنات: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
                <numerusform>%Ln مقارنةً: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
                <numerusform>%Ln مقارنة: وقعت %1٪ من المشاهدات الفعلية ضمن النطاق المقدَّر. وتُعدَّل تقديرات اليوم الأول بنسبة %2٪ بناءً على منشوراتك المنشورة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachGrowthChart</name>
        <message>
            <source>Views over time</source>
            <translation>المشاهدات بمرور الوقت</translation>
        </message>
        <message>
            <source>Hours after posting</source>
            <translation>الساعات بعد النشر</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>المشاهدات</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Expected (P50)</source>
            <translation>المتوقَّع (P50)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>الفعلي</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachPage</name>
        <message>
            <source>Add an account to the workspace (Publish → accounts) to estimate its posts.</source>
            <translation>أضف حسابًا إلى مساحة العمل (النشر ← الحسابات) لتقدير منشوراته.</translation>
        </message>
        <message>
            <source>No history for @%1 yet: fetch it from the platform or import a history file.</source>
            <translation>لا يوجد سجل لـ@%1 بعد: اجلبه من المنصة أو استورد ملف سجل.</translation>
        </message>
        <message>
            <source>Nothing about this draft moves the estimate by 1 % or more.</source>
            <translation>لا شيء في هذه المسودة يغيّر التقدير بنسبة 1٪ أو أكثر.</translation>
        </message>
        <message numerus="yes">
            <source>About %1 views in 7 days (80 % between %2 and %3), from %n earlier video(s).</source>
            <translation>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، دون أي فيديو سابق.</numerusform>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، استنادًا إلى فيديو سابق واحد.</numerusform>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، استنادًا إلى فيديوهين سابقين.</numerusform>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، استنادًا إلى %Ln فيديوهات سابقة.</numerusform>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، استنادًا إلى %Ln فيديو سابقًا.</numerusform>
                <numerusform>نحو %1 من المشاهدات خلال ٧ أيام (٨٠٪ بين %2 و%3)، استنادًا إلى %Ln فيديو سابق.</numerusform>
            </translation>
        </message>
        <message>
            <source>The range is wide: %1</source>
            <translation>النطاق واسع: %1</translation>
        </message>
        <message>
            <source>Best time to post in the next 7 days: %1</source>
            <translation>أفضل وقت للنشر خلال الأيام السبعة القادمة: %1</translation>
        </message>
        <message>
            <source>Best time to post in the next 7 days</source>
            <translation>أفضل وقت للنشر خلال الأيام السبعة القادمة</translation>
        </message>
        <message>
            <source>Choose an account first.</source>
            <translation>اختر حسابًا أولًا.</translation>
        </message>
        <message>
            <source>This history is from “%1” and @%2 posts to “%3”: their audiences differ.</source>
            <translation>هذا السجل من «%1» بينما ينشر @%2 على «%3»: جمهوراهما مختلفان.</translation>
        </message>
        <message>
            <source>To fetch @%1’s videos, link that account in Settings → Accounts, or import a history file.</source>
            <translation>لجلب فيديوهات @%1، اربط هذا الحساب من الإعدادات ← الحسابات، أو استورد ملف سجل.</translation>
        </message>
        <message>
            <source>Reading @%1’s videos from the platform…</source>
            <translation>جارٍ قراءة فيديوهات @%1 من المنصة…</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>استيراد السجل</translation>
        </message>
        <message>
            <source>History files (*.csv);;All files (*)</source>
            <translation>ملفات السجل (*.csv);;كل الملفات (*)</translation>
        </message>
        <message numerus="yes">
            <source>The file holds %n creator(s) and none is @%1.</source>
            <translation>
                <numerusform>لا يحتوي الملف على أي صانع محتوى، ولا يوجد فيه @%1.</numerusform>
                <numerusform>يحتوي الملف على صانع محتوى واحد، وليس @%1.</numerusform>
                <numerusform>يحتوي الملف على صانعَي محتوى، وليس أيٌّ منهما @%1.</numerusform>
                <numerusform>يحتوي الملف على %Ln صنّاع محتوى، وليس أيٌّ منهم @%1.</numerusform>
                <numerusform>يحتوي الملف على %Ln صانع محتوى، وليس أيٌّ منهم @%1.</numerusform>
                <numerusform>يحتوي الملف على %Ln صانع محتوى، وليس أيٌّ منهم @%1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file could not be read (first: %1).</source>
            <translation>
                <numerusform>لا توجد صفوف تعذّرت قراءتها في الملف (%1).</numerusform>
                <numerusform>تعذّرت قراءة صف واحد من الملف (%1).</numerusform>
                <numerusform>تعذّرت قراءة صفّين من الملف (أولهما: %1).</numerusform>
                <numerusform>تعذّرت قراءة %Ln صفوف من الملف (أولها: %1).</numerusform>
                <numerusform>تعذّرت قراءة %Ln صفًا من الملف (أولها: %1).</numerusform>
                <numerusform>تعذّرت قراءة %Ln صف من الملف (أولها: %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Fetch history</source>
            <translation>جلب السجل</translation>
        </message>
        <message>
            <source>Read this account’s videos and their views from the platform.</source>
            <translation>اقرأ فيديوهات هذا الحساب ومشاهداتها من المنصة.</translation>
        </message>
        <message>
            <source>Import history…</source>
            <translation>استيراد السجل…</translation>
        </message>
        <message>
            <source>Read a history CSV: Montaj’s export or the scraped creators’ layout.</source>
            <translation>اقرأ ملف CSV للسجل: تصدير مونتاج أو تنسيق بيانات صنّاع المحتوى المستخرَجة آليًا.</translation>
        </message>
        <message>
            <source>What moves this estimate</source>
            <translation>ما الذي يحرّك هذا التقدير</translation>
        </message>
        <message>
            <source>The reach data could not be read; it was kept as “%1”. The follow-up of published posts starts afresh.</source>
            <translation>تعذّرت قراءة بيانات الوصول؛ حُفظت باسم «%1». تبدأ متابعة المنشورات المنشورة من جديد.</translation>
        </message>
        <message>
            <source>The reach data “%1” could not be read, nor moved aside: nothing is saved over it, so what is followed now is lost when Montaj closes.</source>
            <translation>تعذّرت قراءة بيانات الوصول «%1» ولم يمكن نقلها جانبًا: لن يُحفظ شيء فوقها، لذا تضيع المتابعة الحالية عند إغلاق Montaj.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordOptions</name>
        <message>
            <source>Takes</source>
            <translation>اللقطات</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>The takes together may be up to %1 long.</source>
            <translation>يمكن أن تصل المدة الإجمالية للّقطات إلى %1.</translation>
        </message>
        <message>
            <source>&amp;Countdown</source>
            <translation>&amp;العد التنازلي</translation>
        </message>
        <message>
            <source>Off</source>
            <extracomment>Countdown before a take: none.</extracomment>
            <translation>معطّل</translation>
        </message>
        <message>
            <source>&amp;Mirror the preview</source>
            <translation>&amp;عكس المعاينة</translation>
        </message>
        <message>
            <source>Shows the picture as in a mirror, for a selfie camera. The recording is never mirrored.</source>
            <translation>يعرض الصورة كما في المرآة، لكاميرا السيلفي. لا يُعكس التسجيل أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordPage</name>
        <message>
            <source>Try again</source>
            <translation>حاول مجددًا</translation>
        </message>
        <message>
            <source>This session's takes already fill %1. Delete a take or choose a longer length.</source>
            <translation>تملأ لقطات هذه الجلسة المدة %1 بالفعل. احذف لقطة أو اختر مدة أطول.</translation>
        </message>
        <message>
            <source>What was recorded until then is kept as take %1.</source>
            <translation>يُحتفظ بما سُجّل حتى تلك اللحظة بوصفه اللقطة %1.</translation>
        </message>
        <message>
            <source>No picture. Choose what to record, then press Record.</source>
            <translation>لا توجد صورة. اختر ما تريد تسجيله، ثم اضغط «تسجيل».</translation>
        </message>
        <message>
            <source>Waiting for the first picture…</source>
            <translation>في انتظار الصورة الأولى…</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordPreview</name>
        <message>
            <source>Click or press Esc to cancel</source>
            <translation>انقر أو اضغط Esc للإلغاء</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordTransport</name>
        <message>
            <source>Recorded of the length</source>
            <translation>المسجَّل من المدة</translation>
        </message>
        <message>
            <source>● Record</source>
            <translation>● تسجيل</translation>
        </message>
        <message>
            <source>Start a take.</source>
            <translation>ابدأ لقطة.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the countdown.</source>
            <translation>ألغِ العد التنازلي.</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ إيقاف</translation>
        </message>
        <message>
            <source>End the take.</source>
            <translation>أنهِ اللقطة.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>The take's file is being completed.</source>
            <translation>يجري إكمال ملف اللقطة.</translation>
        </message>
        <message>
            <source>%1 left</source>
            <extracomment>Time left of the length preset, e.g. "0:48 left".</extracomment>
            <translation>المتبقي %1</translation>
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
        <message numerus="yes">
            <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: open a project in the editor, save it to keep it, or discard it.</source>
            <translation>
                <numerusform>أُغلق مونتاج قبل حفظ المشاريع. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
                <numerusform>أُغلق مونتاج قبل حفظ مشروع واحد. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
                <numerusform>أُغلق مونتاج قبل حفظ مشروعين. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
                <numerusform>أُغلق مونتاج قبل حفظ %Ln مشاريع. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
                <numerusform>أُغلق مونتاج قبل حفظ %Ln مشروعًا. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
                <numerusform>أُغلق مونتاج قبل حفظ %Ln مشروع. احتُفظ بآخر التعديلات تلقائيًا: افتح مشروعًا في المحرّر واحفظه للإبقاء عليه، أو تجاهَله.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>فتح في المحرّر</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RelinkDialog</name>
        <message>
            <source>Where is “%1” now?</source>
            <translation>أين يوجد «%1» الآن؟</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Search a folder for the missing files</source>
            <translation>البحث في مجلد عن الملفات المفقودة</translation>
        </message>
        <message>
            <source>Not found yet</source>
            <translation>لم يُعثر عليه بعد</translation>
        </message>
        <message>
            <source>Cannot use %1: %2</source>
            <translation>تعذّر استخدام %1: %2</translation>
        </message>
        <message>
            <source>Will use %1. %2</source>
            <translation>سيُستخدم %1. %2</translation>
        </message>
        <message>
            <source>Will use %1</source>
            <translation>سيُستخدم %1</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>It lasts %1 but the missing file lasted %2: check that it is the same recording.</source>
            <translation>مدته %1 بينما كانت مدة الملف المفقود %2: تأكّد من أنه التسجيل نفسه.</translation>
        </message>
        <message>
            <source>Searching %1…</source>
            <translation>جارٍ البحث في %1…</translation>
        </message>
        <message numerus="yes">
            <source>Found %1 of %n missing file(s) in %2.</source>
            <translation>
                <numerusform>عُثر على %1 من أصل %Ln ملف مفقود في %2.</numerusform>
                <numerusform>عُثر على %1 من أصل ملف مفقود واحد في %2.</numerusform>
                <numerusform>عُثر على %1 من أصل ملفين مفقودين في %2.</numerusform>
                <numerusform>عُثر على %1 من أصل %Ln ملفات مفقودة في %2.</numerusform>
                <numerusform>عُثر على %1 من أصل %Ln ملفًا مفقودًا في %2.</numerusform>
                <numerusform>عُثر على %1 من أصل %Ln ملف مفقود في %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where at least one missing file is now.</source>
            <translation>حدّد المكان الحالي لملف مفقود واحد على الأقل.</translation>
        </message>
        <message>
            <source>Relink media</source>
            <translation>إعادة ربط الوسائط</translation>
        </message>
        <message>
            <source>Every file the project uses is where it should be.</source>
            <translation>كل الملفات التي يستخدمها المشروع في أماكنها.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) used by this project cannot be found. Show where each one is now, or search a folder for files with the same names.</source>
            <translation>
                <numerusform>لا توجد ملفات مفقودة يستخدمها هذا المشروع.</numerusform>
                <numerusform>تعذّر العثور على ملف واحد يستخدمه هذا المشروع. حدّد مكانه الآن، أو ابحث في مجلد عن ملف بالاسم نفسه.</numerusform>
                <numerusform>تعذّر العثور على ملفين يستخدمهما هذا المشروع. حدّد مكان كلٍّ منهما الآن، أو ابحث في مجلد عن ملفات بالأسماء نفسها.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملفات يستخدمها هذا المشروع. حدّد مكان كلٍّ منها الآن، أو ابحث في مجلد عن ملفات بالأسماء نفسها.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملفًا يستخدمها هذا المشروع. حدّد مكان كلٍّ منها الآن، أو ابحث في مجلد عن ملفات بالأسماء نفسها.</numerusform>
                <numerusform>تعذّر العثور على %Ln ملف يستخدمها هذا المشروع. حدّد مكان كلٍّ منها الآن، أو ابحث في مجلد عن ملفات بالأسماء نفسها.</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Missing files</source>
            <translation>الملفات المفقودة</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>تحديد الموقع…</translation>
        </message>
        <message>
            <source>Choose the file that replaces the selected one</source>
            <translation>اختر الملف الذي يحل محل الملف المحدد</translation>
        </message>
        <message>
            <source>Search folder…</source>
            <translation>البحث في مجلد…</translation>
        </message>
        <message>
            <source>Look in a folder and its subfolders for files with the same names</source>
            <translation>ابحث في مجلد ومجلداته الفرعية عن ملفات بالأسماء نفسها</translation>
        </message>
        <message>
            <source>Relink</source>
            <translation>إعادة الربط</translation>
        </message>
        <message>
            <source>Use the chosen files; one undo step puts everything back</source>
            <translation>استخدم الملفات المختارة؛ وخطوة تراجع واحدة تعيد كل شيء كما كان</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ScheduleField</name>
        <message>
            <source>Next free slot</source>
            <translation>الموعد الشاغر التالي</translation>
        </message>
        <message>
            <source>The account's next posting time with no post yet</source>
            <translation>وقت النشر التالي للحساب الذي لم يُخصَّص له منشور بعد</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>That is %1 on this computer.</source>
            <translation>أي %1 بتوقيت هذا الحاسوب.</translation>
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
        <message>
            <source>Components and licences…</source>
            <translation>المكوّنات والتراخيص…</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SourceChooser</name>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>&amp;Picture</source>
            <translation>&amp;الصورة</translation>
        </message>
        <message>
            <source>&amp;Sound</source>
            <translation>ال&amp;صوت</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>مستوى الميكروفون</translation>
        </message>
        <message>
            <source>Part of the screen (x, y, width, height in pixels)</source>
            <translation>جزء من الشاشة (x وy والعرض والارتفاع بالبكسل)</translation>
        </message>
        <message>
            <source>&amp;Window number</source>
            <translation>&amp;رقم النافذة</translation>
        </message>
        <message>
            <source>e.g. 0x3a00007</source>
            <extracomment>Placeholder of the window number field: an X11 window id, e.g. from xwininfo.</extracomment>
            <translation>مثل 0x3a00007</translation>
        </message>
        <message>
            <source>This window</source>
            <translation>هذه النافذة</translation>
        </message>
        <message>
            <source>Record Montaj's own window.</source>
            <translation>سجّل نافذة مونتاج نفسها.</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>الحافة اليسرى</translation>
        </message>
        <message>
            <source>Top edge</source>
            <translation>الحافة العلوية</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>الارتفاع</translation>
        </message>
        <message>
            <source>Whole screen</source>
            <translation>الشاشة كاملة</translation>
        </message>
        <message>
            <source>Part of the screen</source>
            <translation>جزء من الشاشة</translation>
        </message>
        <message>
            <source>One window</source>
            <translation>نافذة واحدة</translation>
        </message>
        <message>
            <source>Test pattern</source>
            <translation>صورة الاختبار</translation>
        </message>
        <message>
            <source>The screen cannot be recorded here: there is no display to grab.</source>
            <translation>لا يمكن تسجيل الشاشة هنا: لا توجد شاشة عرض لالتقاطها.</translation>
        </message>
        <message>
            <source>Test tone</source>
            <translation>نغمة الاختبار</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>بلا صوت</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SpeechCaptioner</name>
        <message>
            <source>No speech recognizer is available: install PocketSphinx and its US-English model (Debian: pocketsphinx-en-us), or whisper.cpp.</source>
            <translation>لا تتوفر أداة للتعرّف على الكلام: ثبّت PocketSphinx ونموذجه للإنجليزية الأمريكية (في Debian: pocketsphinx-en-us)، أو whisper.cpp.</translation>
        </message>
        <message>
            <source>The project has no clip with sound to make captions from.</source>
            <translation>لا يحتوي المشروع على مقطع فيه صوت لإنشاء ترجمة نصية منه.</translation>
        </message>
        <message>
            <source>Captions from speech</source>
            <translation>ترجمة نصية من الكلام</translation>
        </message>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with captions made from speech?</source>
            <translation>
                <numerusform>هل تريد استبدال ترجمات المشروع النصية (%Ln) بترجمة نصية مُنشأة من الكلام؟</numerusform>
                <numerusform>هل تريد استبدال الترجمة النصية الوحيدة في المشروع بترجمة نصية مُنشأة من الكلام؟</numerusform>
                <numerusform>هل تريد استبدال الترجمتين النصيتين في المشروع بترجمة نصية مُنشأة من الكلام؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمات نصية في المشروع بترجمة نصية مُنشأة من الكلام؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمةً نصية في المشروع بترجمة نصية مُنشأة من الكلام؟</numerusform>
                <numerusform>هل تريد استبدال %Ln ترجمة نصية في المشروع بترجمة نصية مُنشأة من الكلام؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Listening to the project's speech…</source>
            <translation>جارٍ الاستماع إلى الكلام في المشروع…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>No speech was recognized in the project's clips.</source>
            <translation>لم يُتعرَّف على أي كلام في مقاطع المشروع.</translation>
        </message>
        <message numerus="yes">
            <source>%n caption(s) made from speech; check them before posting.</source>
            <translation>
                <numerusform>أُنشئت %Ln ترجمة نصية من الكلام؛ راجعها قبل النشر.</numerusform>
                <numerusform>أُنشئت ترجمة نصية واحدة من الكلام؛ راجعها قبل النشر.</numerusform>
                <numerusform>أُنشئت ترجمتان نصيتان من الكلام؛ راجعهما قبل النشر.</numerusform>
                <numerusform>أُنشئت %Ln ترجمات نصية من الكلام؛ راجعها قبل النشر.</numerusform>
                <numerusform>أُنشئت %Ln ترجمةً نصية من الكلام؛ راجعها قبل النشر.</numerusform>
                <numerusform>أُنشئت %Ln ترجمة نصية من الكلام؛ راجعها قبل النشر.</numerusform>
            </translation>
        </message>
        <message>
            <source>Captions from speech were cancelled.</source>
            <translation>أُلغي إنشاء الترجمة النصية من الكلام.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TakeRecoveryBar</name>
        <message>
            <source>Add to the editor</source>
            <translation>إضافة إلى المحرّر</translation>
        </message>
        <message>
            <source>Leave them</source>
            <translation>تركها</translation>
        </message>
        <message>
            <source>The files stay in the Takes folder</source>
            <translation>تبقى الملفات في مجلد اللقطات</translation>
        </message>
        <message numerus="yes">
            <source>The recording session of %1 ended before it was finished: %n take(s) were kept (%2) in %3.</source>
            <translation>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: لم تُحفَظ أي لقطة (%2) في %3.</numerusform>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: حُفِظت لقطة واحدة (%2) في %3.</numerusform>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: حُفِظت لقطتان (%2) في %3.</numerusform>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: حُفِظت %Ln لقطات (%2) في %3.</numerusform>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: حُفِظت %Ln لقطة (%2) في %3.</numerusform>
                <numerusform>انتهت جلسة التسجيل بتاريخ %1 قبل إكمالها: حُفِظت %Ln لقطة (%2) في %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TakesPanel</name>
        <message>
            <source>Recorded takes</source>
            <translation>اللقطات المسجّلة</translation>
        </message>
        <message>
            <source>No takes yet. Each Record → Stop adds one.</source>
            <translation>لا توجد لقطات بعد. كل «تسجيل» ← «إيقاف» يضيف لقطة.</translation>
        </message>
        <message>
            <source>&amp;Delete last take</source>
            <translation>&amp;حذف آخر لقطة</translation>
        </message>
        <message>
            <source>Deletes the last take's file.</source>
            <translation>يحذف ملف آخر لقطة.</translation>
        </message>
        <message>
            <source>D&amp;one</source>
            <translation>&amp;تم</translation>
        </message>
        <message>
            <source>Ends the session and adds the takes to the project in the editor.</source>
            <translation>يُنهي الجلسة ويضيف اللقطات إلى المشروع في المحرّر.</translation>
        </message>
        <message>
            <source>Take %1 · %2</source>
            <extracomment>A take in the list: its number and its duration, e.g. "Take 2 · 0:14".</extracomment>
            <translation>اللقطة %1 · %2</translation>
        </message>
        <message>
            <source>%1 (length reached)</source>
            <translation>%1 (بلغت المدة حدّها)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineActions</name>
        <message>
            <source>Split</source>
            <translation>تقسيم</translation>
        </message>
        <message>
            <source>Split at the playhead</source>
            <translation>قسّم عند رأس التشغيل</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selection; the clips after it close the gap</source>
            <translation>احذف التحديد؛ وتتقدّم المقاطع التي تليه لسدّ الفراغ</translation>
        </message>
        <message>
            <source>Ripple delete</source>
            <translation>حذف مع الإزاحة</translation>
        </message>
        <message>
            <source>Delete the selection and pull everything after it to the left, text and music too</source>
            <translation>احذف التحديد وقدّم كل ما يليه لسدّ الفراغ، بما في ذلك النصوص والموسيقى</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <source>Select every clip and text</source>
            <translation>حدّد كل المقاطع والنصوص</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <source>Select nothing</source>
            <translation>ألغِ تحديد كل شيء</translation>
        </message>
        <message>
            <source>Select previous item</source>
            <translation>تحديد العنصر السابق</translation>
        </message>
        <message>
            <source>Select the clip or text before the selected one</source>
            <translation>حدّد المقطع أو النص الذي يسبق العنصر المحدد</translation>
        </message>
        <message>
            <source>Select next item</source>
            <translation>تحديد العنصر التالي</translation>
        </message>
        <message>
            <source>Select the clip or text after the selected one</source>
            <translation>حدّد المقطع أو النص الذي يلي العنصر المحدد</translation>
        </message>
        <message>
            <source>Move clip earlier</source>
            <translation>تقديم المقطع</translation>
        </message>
        <message>
            <source>Swap the selected clip with the one before it</source>
            <translation>بدّل المقطع المحدد مع المقطع الذي يسبقه</translation>
        </message>
        <message>
            <source>Move clip later</source>
            <translation>تأخير المقطع</translation>
        </message>
        <message>
            <source>Swap the selected clip with the one after it</source>
            <translation>بدّل المقطع المحدد مع المقطع الذي يليه</translation>
        </message>
        <message>
            <source>Trim start to playhead</source>
            <translation>تشذيب البداية حتى رأس التشغيل</translation>
        </message>
        <message>
            <source>Cut away the start of the item up to the playhead</source>
            <translation>اقطع بداية العنصر حتى رأس التشغيل</translation>
        </message>
        <message>
            <source>Trim end to playhead</source>
            <translation>تشذيب النهاية من رأس التشغيل</translation>
        </message>
        <message>
            <source>Cut away the end of the item from the playhead on</source>
            <translation>اقطع نهاية العنصر بدءًا من رأس التشغيل</translation>
        </message>
        <message>
            <source>Nudge text earlier</source>
            <translation>تقديم النص</translation>
        </message>
        <message>
            <source>Move the selected text one frame earlier</source>
            <translation>قدّم النص المحدد إطارًا واحدًا</translation>
        </message>
        <message>
            <source>Nudge text later</source>
            <translation>تأخير النص</translation>
        </message>
        <message>
            <source>Move the selected text one frame later</source>
            <translation>أخّر النص المحدد إطارًا واحدًا</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <source>Zoom to show the whole project</source>
            <translation>اضبط التكبير لعرض المشروع كاملًا</translation>
        </message>
        <message>
            <source>Snapping</source>
            <translation>المحاذاة المغناطيسية</translation>
        </message>
        <message>
            <source>Stick dragged edges to cuts, texts, music, playhead and marks (hold Shift while dragging to stop)</source>
            <translation>ألصق الحواف المسحوبة بنقاط القطع والنصوص والموسيقى ورأس التشغيل والعلامات (اضغط باستمرار على Shift أثناء السحب لإيقاف ذلك)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineDropHandler</name>
        <message>
            <source>Add music</source>
            <translation>إضافة موسيقى</translation>
        </message>
        <message>
            <source>Add to the timeline</source>
            <translation>إضافة إلى الخط الزمني</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelinePanel</name>
        <message>
            <source>Timeline zoom</source>
            <translation>تكبير الخط الزمني</translation>
        </message>
        <message>
            <source>Timeline zoom (Ctrl+wheel over the timeline)</source>
            <translation>تكبير الخط الزمني (Ctrl+عجلة الفأرة فوق الخط الزمني)</translation>
        </message>
        <message>
            <source>Timeline messages</source>
            <translation>رسائل الخط الزمني</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TransportBar</name>
        <message>
            <source>%1 / %2</source>
            <extracomment>The player's time: the position, then the length of the project (both timecodes).</extracomment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>Playing</source>
            <translation>قيد التشغيل</translation>
        </message>
        <message>
            <source>Forward %1×</source>
            <extracomment>Shuttle (L key) playing forward faster; %1 is the speed, e.g. 2.</extracomment>
            <translation>للأمام %1×</translation>
        </message>
        <message>
            <source>Reverse %1×</source>
            <extracomment>Shuttle (J key) playing backward; %1 is the speed, e.g. 2.</extracomment>
            <translation>للخلف %1×</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <extracomment>Frames that came too late to be shown since playback started.</extracomment>
            <translation>إطارات مُسقطة: %1</translation>
        </message>
        <message>
            <source>Frames dropped since playback started: %1
Shown: %2 frames per second
Rendering: %3 ms per frame</source>
            <translation>الإطارات المُسقطة منذ بدء التشغيل: %1
المعروض: %2 إطار في الثانية
التصيير: %3 ms لكل إطار</translation>
        </message>
        <message>
            <source>Position / length (hours:minutes:seconds:frames)</source>
            <translation>الموضع / المدة (ساعات:دقائق:ثوانٍ:إطارات)</translation>
        </message>
        <message>
            <source>Playback speed: J plays backward, K stops, L plays forward; press J or L again to go faster</source>
            <translation>سرعة التشغيل: J للتشغيل للخلف، وK للإيقاف، وL للتشغيل للأمام؛ اضغط J أو L مجددًا لتسريع التشغيل</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::WorkspaceAccountsDialog</name>
        <message>
            <source>Account colour</source>
            <translation>لون الحساب</translation>
        </message>
        <message>
            <source>Write the posting times as hours and minutes separated by commas, e.g. 09:00, 18:30.</source>
            <translation>اكتب أوقات النشر بالساعات والدقائق مفصولة بفواصل، مثل 09:00, 18:30.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone Montaj knows.</source>
            <translation>«%1» ليست منطقة زمنية يعرفها مونتاج.</translation>
        </message>
        <message>
            <source>Workspace accounts</source>
            <translation>حسابات مساحة العمل</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>اللون:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>المنطقة الزمنية:</translation>
        </message>
        <message>
            <source>Posting times:</source>
            <translation>أوقات النشر:</translation>
        </message>
        <message>
            <source>Local times in the account's zone. “Next free slot” in the composer picks the first of these with no post yet.</source>
            <translation>أوقات محلية بتوقيت منطقة الحساب. يختار «الموعد الشاغر التالي» في نافذة كتابة المنشور أول وقت منها لم يُخصَّص له منشور بعد.</translation>
        </message>
        <message>
            <source>Remove from workspace</source>
            <translation>إزالة من مساحة العمل</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::WorkspacePanel</name>
        <message>
            <source>Opening the workspace…</source>
            <translation>جارٍ فتح مساحة العمل…</translation>
        </message>
        <message>
            <source>In use: %1</source>
            <translation>قيد الاستخدام: %1</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>لا توجد مساحة عمل مفتوحة.</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>مساحة العمل</translation>
        </message>
        <message>
            <source>On this computer (SQLite)</source>
            <translation>على هذا الحاسوب (SQLite)</translation>
        </message>
        <message>
            <source>Shared with a team (PostgreSQL)</source>
            <translation>مشتركة مع فريق (PostgreSQL)</translation>
        </message>
        <message>
            <source>A password typed in the address is used until Montaj closes and never shown again. To connect at start-up, keep it in your ~/.pgpass file.</source>
            <translation>تُستخدم كلمة المرور المكتوبة في العنوان حتى إغلاق مونتاج ولا تُعرض مجددًا أبدًا. للاتصال عند بدء التشغيل، احفظها في ملف ~/.pgpass الخاص بك.</translation>
        </message>
        <message>
            <source>Use this workspace</source>
            <translation>استخدام مساحة العمل هذه</translation>
        </message>
        <message>
            <source>Posts missed while Montaj was closed:</source>
            <translation>المنشورات الفائتة أثناء إغلاق مونتاج:</translation>
        </message>
        <message>
            <source>Ask me what to do</source>
            <translation>اسألني عمّا يجب فعله</translation>
        </message>
        <message>
            <source>Publish them as soon as possible</source>
            <translation>انشرها في أقرب وقت ممكن</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>تخطَّها</translation>
        </message>
        <message>
            <source>Posts need approval before they are scheduled (agencies)</source>
            <translation>تحتاج المنشورات إلى موافقة قبل جدولتها (للوكالات)</translation>
        </message>
    </context>
</TS>
