#include "core/publish/captionrules.h"

#include <QTest>

using montaj::CaptionRules;
using montaj::Post;
using montaj::PostKind;

class TestCaptionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsUtf16Units()
    {
        // "é" precomposed is one unit, an emoji outside the BMP is two, Arabic letters one each.
        const QString caption = QString::fromUtf8("été 🎬 رمضان");
        const auto report = CaptionRules::inspect(caption, 2200);
        QCOMPARE(report.length, 3 + 1 + 2 + 1 + 5);
        QCOMPARE(report.limit, 2200);
        QVERIFY(report.ok());
    }

    void extractsHashtags_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("plain") << "Hello #world and #Qt6_dev!" << QStringList{"world", "Qt6_dev"};
        QTest::newRow("arabic") << QString::fromUtf8("رمضان كريم #رمضان #مطبخ_سعودي")
                                << QStringList{QString::fromUtf8("رمضان"), QString::fromUtf8("مطبخ_سعودي")};
        QTest::newRow("french accents") << QString::fromUtf8("Vive l'#été et #Noël.")
                                        << QStringList{QString::fromUtf8("été"), QString::fromUtf8("Noël")};
        QTest::newRow("decomposed accent")
            << QString::fromUtf8("#e\u0301te ok") << QStringList{QString::fromUtf8("e\u0301te")};
        QTest::newRow("arabic diacritics")
            << QString::fromUtf8("#مُبارَك") << QStringList{QString::fromUtf8("مُبارَك")};
        QTest::newRow("glued to a word") << "price#1 is not a tag, #2 is" << QStringList{"2"};
        QTest::newRow("adjacent") << "#one#two" << QStringList{"one"};
        QTest::newRow("bare sigil") << "# not a tag ## neither" << QStringList{};
        QTest::newRow("duplicates kept") << "#a #b #a" << QStringList{"a", "b", "a"};
        QTest::newRow("emoji ends tag") << QString::fromUtf8("#fun🎉 #ok") << QStringList{"fun", "ok"};
        QTest::newRow("cjk") << QString::fromUtf8("#東京") << QStringList{QString::fromUtf8("東京")};
    }

    void extractsHashtags()
    {
        QFETCH(QString, caption);
        QFETCH(QStringList, tags);
        QCOMPARE(CaptionRules::inspect(caption, 2200).hashtags, tags);
    }

    void extractsMentions_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("plain") << "with @anna and @studio_paris" << QStringList{"anna", "studio_paris"};
        QTest::newRow("dots inside") << "merci @marque.fr !" << QStringList{"marque.fr"};
        QTest::newRow("trailing dot") << "thanks @anna." << QStringList{"anna"};
        QTest::newRow("email is not a mention") << "mail me: a@b.com" << QStringList{};
        QTest::newRow("arabic") << QString::fromUtf8("مع @مطبخ_نورة")
                                << QStringList{QString::fromUtf8("مطبخ_نورة")};
        QTest::newRow("accented") << QString::fromUtf8("@chloé_b")
                                  << QStringList{QString::fromUtf8("chloé_b")};
    }

    void extractsMentions()
    {
        QFETCH(QString, caption);
        QFETCH(QStringList, mentions);
        QCOMPARE(CaptionRules::inspect(caption, 2200).mentions, mentions);
    }

    void limitsPerKind()
    {
        QCOMPARE(CaptionRules::captionLimit(PostKind::VideoFile), 2200);
        QCOMPARE(CaptionRules::captionLimit(PostKind::Project), 2200);
        QCOMPARE(CaptionRules::captionLimit(PostKind::PhotoCarousel), 4000);

        Post video;
        video.kind = PostKind::VideoFile;
        video.caption = QString(2200, u'a');
        QVERIFY(CaptionRules::inspect(video).ok());
        QVERIFY(CaptionRules::check(video).ok());
        video.caption += u'b';
        const auto tooLong = CaptionRules::inspect(video);
        QCOMPARE(tooLong.length, 2201);
        QCOMPARE(tooLong.limit, 2200);
        QCOMPARE(tooLong.problems.size(), 1);
        QVERIFY(tooLong.problems.first().contains(QLocale().toString(2201)));
        const auto error = CaptionRules::check(video);
        QVERIFY(!error.ok());
        QCOMPARE(error.error().code, QStringLiteral("publish.caption_too_long"));
        QCOMPARE(error.error().context.value(QStringLiteral("field")).toString(), QStringLiteral("caption"));

        // A surrogate pair counts twice: 1100 emoji = 2200 units is the limit exactly.
        QString emoji;
        for (int i = 0; i < 1100; ++i)
            emoji += QString::fromUtf8("🎬");
        video.caption = emoji;
        QVERIFY(CaptionRules::check(video).ok());
        video.caption += u'!';
        QVERIFY(!CaptionRules::check(video).ok());

        Post photos;
        photos.kind = PostKind::PhotoCarousel;
        photos.caption = QString(4000, u'x');
        photos.photoTitle = QString(90, u't');
        QVERIFY(CaptionRules::check(photos).ok());
        QCOMPARE(CaptionRules::inspect(photos).limit, 4000);
        photos.photoTitle += u't';
        QCOMPARE(CaptionRules::check(photos).error().code, QStringLiteral("publish.title_too_long"));
        QCOMPARE(CaptionRules::inspect(photos).problems.size(), 1);
        photos.photoTitle.chop(1);
        photos.caption += u'x';
        QCOMPARE(CaptionRules::check(photos).error().code, QStringLiteral("publish.caption_too_long"));
    }

    void warnsAboutTooManyTags()
    {
        QString caption;
        for (int i = 0; i <= CaptionRules::kMaxHashtags; ++i)
            caption += QStringLiteral("#t%1 ").arg(i);
        auto report = CaptionRules::inspect(caption, 4000);
        QCOMPARE(report.hashtags.size(), CaptionRules::kMaxHashtags + 1);
        QVERIFY(report.ok()); // a warning, not a problem
        QCOMPARE(report.warnings.size(), 1);

        QString mentions;
        for (int i = 0; i < CaptionRules::kMaxMentions; ++i)
            mentions += QStringLiteral("@u%1 ").arg(i);
        QVERIFY(CaptionRules::inspect(mentions, 2200).warnings.isEmpty());
        mentions += QStringLiteral("@one_more");
        QCOMPARE(CaptionRules::inspect(mentions, 2200).warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptionRules)
#include "tst_captionrules.moc"
