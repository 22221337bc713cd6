// Every user-visible string is translated: the committed .ts files are complete, and running
// lupdate over today's sources finds nothing new (a tr() string missing from them) and nothing
// stale. Arabic carries six plural forms, French two, English (plurals only) two.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language)
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            current = Message{context,
                              {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                              {},
                              {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
            messages << current; // translation is the last child we need
        } else if (name == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}

bool pluralOnly(const QString &tsPath)
{
    return QFileInfo(tsPath).fileName() == QLatin1String("montaj_en.ts");
}

int expectedForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ar")))
        return 6;
    return 2; // en, fr
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : QStringLiteral(MONTAJ_TS_FILES).split(u'|'))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void committedCatalogIsComplete_data() { files_data(); }
    void committedCatalogIsComplete()
    {
        QFETCH(QString, ts);
        QString language;
        const QList<Message> messages = readTs(ts, &language);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(": ") + describe(m);
            if (m.numerus && m.translations.size() != expectedForms(language))
                problems << QStringLiteral("plural forms %1 != %2: ")
                                    .arg(m.translations.size())
                                    .arg(expectedForms(language))
                                + describe(m);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation: ") + describe(m);
                // Arabic counts in Arabic-Indic digits like QLocale's numbers: %Ln, never a bare %n.
                if (language.startsWith(QLatin1String("ar")) && m.numerus
                    && t.contains(QRegularExpression(QStringLiteral("%(?!L)n"))))
                    problems << QStringLiteral("bare %n (use %Ln): ") + describe(m);
            }
            if (!m.numerus && !m.translations.isEmpty()) {
                // Placeholders survive translation.
                for (int n = 1; n <= 9; ++n) {
                    const QString ph = QLatin1Char('%') + QString::number(n);
                    if (m.source.contains(ph) != m.translations.first().contains(ph))
                        problems << QStringLiteral("placeholder %1 lost: ").arg(ph) + describe(m);
                }
            }
            if (pluralOnly(ts) && !m.numerus)
                problems << QStringLiteral("non-plural message in the plurals-only English file: ")
                                + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sourcesHaveNothingUntranslated_data() { files_data(); }
    void sourcesHaveNothingUntranslated()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                         QStringLiteral("none"),         QStringLiteral("-silent"),
                         QStringLiteral("-I"),           QStringLiteral(MONTAJ_SOURCE_DIR)};
        if (pluralOnly(ts))
            args << QStringLiteral("-pluralonly");
        args << QLatin1Char('@') + QStringLiteral(MONTAJ_SOURCES_LIST) << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(MONTAJ_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Message> before = readTs(ts);
        const QList<Message> after = readTs(copy);
        QStringList missing;
        for (const Message &m : after)
            if (m.type == QLatin1String("unfinished"))
                missing << describe(m);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("tr() strings not translated in %1 (run "
                                           "scripts/update-translations.sh and translate):\n")
                                .arg(ts)
                            + missing.join(u'\n')));
        QSet<QString> current;
        for (const Message &m : after)
            current.insert(describe(m));
        QStringList stale;
        for (const Message &m : before)
            if (!current.contains(describe(m)))
                stale << describe(m);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("messages no longer in the sources:\n") + stale.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
