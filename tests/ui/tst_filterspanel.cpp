// The Edit page's Filters tab against a real project: adding, removing, reordering, switching off
// and changing parameters are one undo step each, slider drags coalesce, looks save and apply, a
// malformed .cube shows its line inline, a missing face cascade is reported, undo and edits made
// elsewhere show without echo; the preview applies the filters (also a draft while a slider is
// held) and its before/after split shows both, left to right in Arabic too; screenshots in en,
// ar and fr.

#include "core/edit/projectdocument.h"
#include "core/filters/filterregistry.h"
#include "core/filters/lookfile.h"
#include "core/foundation/localization.h"
#include "core/preview/playbackengine.h"
#include "tests/preview/previewtestsupport.h"
#include "ui/edit/editsession.h"
#include "ui/edit/inspectorcolorbutton.h"
#include "ui/edit/previewpanel.h"
#include "ui/edit/previewview.h"
#include "ui/filters/filterfileeditor.h"
#include "ui/filters/filternumbereditor.h"
#include "ui/filters/filterparamseditor.h"
#include "ui/filters/filterspanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace montaj;
using namespace montaj::ui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray identityCube()
{
    QByteArray cube = "TITLE \"identity\"\nLUT_3D_SIZE 2\n";
    for (int b = 0; b < 2; ++b)
        for (int g = 0; g < 2; ++g)
            for (int r = 0; r < 2; ++r)
                cube +=
                    QByteArray::number(r) + ' ' + QByteArray::number(g) + ' ' + QByteArray::number(b) + '\n';
    return cube;
}

double meanLevel(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            sum += qRed(row[x]) + qGreen(row[x]) + qBlue(row[x]);
    }
    return rgb.isNull() ? 0 : sum / (3.0 * rgb.width() * rgb.height());
}

QImage leftPart(const QImage &image, double fraction)
{
    return image.copy(0, 0, int(fraction * image.width() + 0.5), image.height());
}

QImage rightPart(const QImage &image, double fraction)
{
    const int x = int(fraction * image.width() + 0.5);
    return image.copy(x, 0, image.width() - x, image.height());
}

} // namespace

class TestFiltersPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Localization m_localization;
    FilterRegistry m_registry = FilterRegistry::withBuiltins();
    EditSession *m_session = nullptr;
    FiltersPanel *m_panel = nullptr;
    QString m_clipId;

    ProjectDocument *doc() const { return m_session->document(); }
    QUndoStack *undo() const { return doc()->undoStack(); }
    QList<FilterSettings> stack() const { return doc()->clip(m_clipId)->filters; }
    QStringList ids() const
    {
        QStringList ids;
        for (const FilterSettings &f : stack())
            ids << f.id;
        return ids;
    }
    void resetStack() { QVERIFY(doc()->setClipFilters(m_clipId, {}).ok()); }
    template<typename T>
    T *param(const QString &name) const
    {
        return qobject_cast<T *>(m_panel->paramsEditor()->editor(name));
    }
    QToolButton *button(const char *name) const { return m_panel->findChild<QToolButton *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        const QString source = test::colourSource(QSize(360, 640));
        QVERIFY(!source.isEmpty());
        ProjectState state;
        state.clips << test::clipOf(source, 0, 1'000'000);
        m_clipId = state.clips.first().id;
        auto document = ProjectDocument::fromState(state);
        QVERIFY(document.ok());
        m_session = new EditSession(this);
        m_session->setDocument(std::move(document).value());
        m_panel = new FiltersPanel(m_session, &m_registry);
        m_panel->resize(380, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        m_session->setSelection({m_clipId});
    }

    void cleanupTestCase() { delete m_panel; }

    void showsTheSelectedClip()
    {
        m_session->setSelection({});
        QVERIFY(m_panel->clipId().isEmpty());
        QVERIFY(!m_panel->addButton()->isEnabled());
        QVERIFY(!m_panel->findChild<QLabel *>("filters.hint")->isHidden());
        QVERIFY(!m_panel->addFilter("exposure").ok()); // nothing to add to
        QVERIFY(m_panel->errorText().contains("Select one clip"));
        m_session->setSelection({m_clipId});
        QCOMPARE(m_panel->clipId(), m_clipId);
        QVERIFY(m_panel->addButton()->isEnabled());
        QVERIFY(m_panel->errorText().isEmpty());
        QCOMPARE(m_panel->stackView()->count(), 0);
    }

    void addRemoveReorderSwitchEachOneStep()
    {
        resetStack();
        const int base = undo()->count();
        // Add from the menu, listing the registry's translated names.
        Q_EMIT m_panel->addMenu()->aboutToShow();
        QCOMPARE(m_panel->addMenu()->actions().size(), m_registry.filters().size());
        QAction *exposure = m_panel->addMenu()->findChild<QAction *>("filters.add.exposure");
        QVERIFY(exposure);
        QCOMPARE(exposure->text(), m_registry.find("exposure")->displayName());
        exposure->trigger();
        QCOMPARE(undo()->count(), base + 1);
        QCOMPARE(undo()->undoText(),
                 QString("Add filter “%1”").arg(m_registry.find("exposure")->displayName()));
        QVERIFY(m_panel->addFilter("contrast").ok());
        QVERIFY(m_panel->addFilter("vignette").ok());
        QCOMPARE(undo()->count(), base + 3);
        QCOMPARE(ids(), QStringList({"exposure", "contrast", "vignette"}));
        QCOMPARE(m_panel->stackView()->count(), 3);
        QCOMPARE(m_panel->currentIndex(), 2); // the new one is selected
        // Defaults are stored, complete.
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 0.0);

        // Up and down buttons.
        QTest::mouseClick(button("filters.up"), Qt::LeftButton);
        QCOMPARE(ids(), QStringList({"exposure", "vignette", "contrast"}));
        QCOMPARE(m_panel->currentIndex(), 1);
        QCOMPARE(undo()->count(), base + 4);
        m_panel->setCurrentIndex(0);
        QVERIFY(!button("filters.up")->isEnabled());
        QTest::mouseClick(button("filters.down"), Qt::LeftButton);
        QCOMPARE(ids(), QStringList({"vignette", "exposure", "contrast"}));
        QCOMPARE(undo()->count(), base + 5);

        // Switch off with the item's check box.
        QListWidgetItem *item = m_panel->stackView()->item(2);
        QCOMPARE(item->checkState(), Qt::Checked);
        item->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(!stack().at(2).enabled);
        QCOMPARE(undo()->count(), base + 6);
        QVERIFY(undo()->undoText().startsWith("Switch off filter"));

        // Remove with the button.
        m_panel->setCurrentIndex(0);
        QTest::mouseClick(button("filters.remove"), Qt::LeftButton);
        QCOMPARE(ids(), QStringList({"exposure", "contrast"}));
        QCOMPARE(undo()->count(), base + 7);

        // Each step undoes exactly.
        undo()->undo();
        QCOMPARE(ids(), QStringList({"vignette", "exposure", "contrast"}));
        QCOMPARE(m_panel->stackView()->count(), 3);
        undo()->undo();
        QVERIFY(stack().at(2).enabled);
        QCOMPARE(m_panel->stackView()->item(2)->checkState(), Qt::Checked);
        undo()->undo();
        undo()->undo();
        QCOMPARE(ids(), QStringList({"exposure", "contrast", "vignette"}));
        for (int i = 0; i < 3; ++i)
            undo()->undo();
        QVERIFY(stack().isEmpty());
        QCOMPARE(m_panel->stackView()->count(), 0);
        QCOMPARE(undo()->count(), base + 7); // following undo pushes nothing
        for (int i = 0; i < 7; ++i)
            undo()->redo();
        QCOMPARE(ids(), QStringList({"exposure", "contrast"}));
    }

    void dragReorderIsOneStep()
    {
        resetStack();
        QVERIFY(m_panel->addFilter("exposure").ok());
        QVERIFY(m_panel->addFilter("contrast").ok());
        QVERIFY(m_panel->addFilter("blur").ok());
        const int base = undo()->count();
        // What an internal drag does to the list's model: a row moves.
        QAbstractItemModel *model = m_panel->stackView()->model();
        QVERIFY(model->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QTRY_COMPARE(ids(), QStringList({"blur", "exposure", "contrast"}));
        QCOMPARE(undo()->count(), base + 1);
        QCOMPARE(undo()->undoText(), QString("Reorder filters"));
    }

    void parametersEachOneStep()
    {
        resetStack();
        QVERIFY(m_panel->addFilter("exposure").ok());
        int base = undo()->count();
        auto *number = param<FilterNumberEditor>("ev");
        QVERIFY(number);
        QCOMPARE(number->slider()->minimum(), 0);
        QCOMPARE(number->slider()->maximum(), 120); // −3…3 by 0.05
        QCOMPARE(number->spinBox()->minimum(), -3.0);
        QCOMPARE(number->spinBox()->singleStep(), 0.05);
        QCOMPARE(number->spinBox()->decimals(), 2);
        // Typing a value.
        number->spinBox()->setFocus();
        number->spinBox()->selectAll();
        QTest::keyClicks(number->spinBox(), "0.75");
        QTest::keyClick(number->spinBox(), Qt::Key_Return);
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 0.75);
        QCOMPARE(undo()->count(), base + 1);
        QVERIFY(undo()->undoText().contains(m_registry.find("exposure")->parameters().first().label));
        QCOMPARE(number->slider()->value(), 75);

        // Bool, Choice, Colour and File parameters.
        QVERIFY(m_panel->addFilter("skin_smooth").ok());
        base = undo()->count();
        auto *faces = param<QCheckBox>("faces_only");
        QVERIFY(faces && faces->isChecked());
        faces->click();
        QCOMPARE(stack().at(1).params.value("faces_only").toBool(), false);
        QCOMPARE(undo()->count(), base + 1);

        QVERIFY(m_panel->addFilter("face_privacy").ok());
        base = undo()->count();
        auto *mode = param<QComboBox>("mode");
        QVERIFY(mode);
        QCOMPARE(mode->itemText(1), m_registry.find("face_privacy")->parameters().first().choiceLabels.at(1));
        Q_EMIT mode->activated(1);
        QCOMPARE(stack().at(2).params.value("mode").toString(), QString("blur"));
        QCOMPARE(undo()->count(), base + 1);

        QVERIFY(m_panel->addFilter("chroma_key").ok());
        base = undo()->count();
        auto *key = param<InspectorColorButton>("key");
        QVERIFY(key);
        QCOMPARE(key->color(), QColor("#00ff00"));
        key->choose(QColor("#0000ff"));
        QCOMPARE(stack().at(3).params.value("key").toString(), QString("#0000ff"));
        QCOMPARE(undo()->count(), base + 1);
        auto *background = param<FilterFileEditor>("background");
        QVERIFY(background);
        const QString image = m_dir.filePath("background.png");
        QImage(16, 16, QImage::Format_RGB32).save(image);
        background->choose(image);
        QCOMPARE(stack().at(3).params.value("background").toString(), image);
        QCOMPARE(undo()->count(), base + 2);

        // Undo shows the previous values in the controls, and sends nothing back.
        m_panel->setCurrentIndex(3);
        undo()->undo();
        QCOMPARE(param<FilterFileEditor>("background")->path(), QString());
        undo()->undo();
        QCOMPARE(param<InspectorColorButton>("key")->color(), QColor("#00ff00"));
        QCOMPARE(undo()->count(), base + 2);
        undo()->redo();
        undo()->redo();
    }

    void sliderDragsCoalesce()
    {
        resetStack();
        QVERIFY(m_panel->addFilter("exposure").ok());
        const int base = undo()->count();
        auto *number = param<FilterNumberEditor>("ev");
        QSlider *slider = number->slider();
        QSignalSpy drafts(m_panel, &FiltersPanel::draftChanged);
        slider->setSliderDown(true);
        for (int position = 61; position <= 80; ++position)
            slider->setValue(position);
        QCOMPARE(undo()->count(), base); // nothing committed while held
        QCOMPARE(drafts.size(), 20);
        const auto draft = drafts.last().at(1).value<QList<FilterSettings>>();
        QCOMPARE(drafts.last().at(0).toString(), m_clipId);
        QCOMPARE(draft.at(0).params.value("ev").toDouble(), 1.0);
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 0.0);
        slider->setSliderDown(false); // released
        QCOMPARE(undo()->count(), base + 1);
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 1.0);
        QCOMPARE(drafts.last().at(0).toString(), QString()); // the draft is over
        undo()->undo();
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 0.0);
        QCOMPARE(slider->value(), 60);
        undo()->redo();

        // Key steps in a row merge into one step after a short pause.
        slider->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(undo()->count(), base + 1);
        QTRY_COMPARE(undo()->count(), base + 2);
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 1.2);
        QTest::qWait(FilterNumberEditor::kSettleMs + 100);
        QCOMPARE(undo()->count(), base + 2);
    }

    void followsEditsMadeElsewhere()
    {
        resetStack();
        QVERIFY(m_panel->addFilter("exposure").ok());
        const int base = undo()->count();
        QList<FilterSettings> changed = stack();
        changed[0].params["ev"] = -1.5;
        changed << FilterSettings{"saturation", {{"amount", 0.5}}, false};
        QVERIFY(doc()->setClipFilters(m_clipId, changed).ok());
        QCOMPARE(m_panel->stackView()->count(), 2);
        QCOMPARE(m_panel->stackView()->item(1)->checkState(), Qt::Unchecked);
        m_panel->setCurrentIndex(0);
        QCOMPARE(param<FilterNumberEditor>("ev")->value(), -1.5);
        m_panel->setCurrentIndex(1);
        QCOMPARE(param<FilterNumberEditor>("amount")->value(), 0.5);
        QVERIFY(!m_panel->paramsEditor()->isEnabled()); // switched off
        QTest::qWait(FilterNumberEditor::kSettleMs + 50);
        QCOMPARE(undo()->count(), base + 1); // nothing echoed back
    }

    void retouchedBadge()
    {
        resetStack();
        QVERIFY(!m_panel->showsRetouchedBadge());
        QVERIFY(m_panel->addFilter("skin_smooth").ok()); // amount 0: changes nothing yet
        QVERIFY(!m_panel->showsRetouchedBadge());
        QVERIFY(m_panel->setParameter(0, "amount", 0.4).ok());
        QVERIFY(m_panel->showsRetouchedBadge());
        QCOMPARE(m_panel->findChild<QLabel *>("filters.retouched")->text(), QString("Retouched"));
        QVERIFY(m_panel->setFilterEnabled(0, false).ok());
        QVERIFY(!m_panel->showsRetouchedBadge());
        undo()->undo();
        QVERIFY(m_panel->showsRetouchedBadge());
    }

    void looksSaveAndApply()
    {
        resetStack();
        const QString cube = m_dir.filePath("looks/identity.cube");
        QDir().mkpath(m_dir.filePath("looks"));
        writeFile(cube, identityCube());
        QList<FilterSettings> look{{"exposure", {{"ev", 0.5}}, true},
                                   {"lut", {{"file", cube}, {"intensity", 0.8}}, true},
                                   {"vignette", {{"amount", 0.3}}, false}};
        QVERIFY(doc()->setClipFilters(m_clipId, look).ok());
        const QString path = m_dir.filePath("looks/Warm.montajlook");
        QVERIFY(m_panel->saveLook(path).ok());
        const auto saved = LookFile::load(path, m_registry);
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, QString("Warm"));
        QCOMPARE(saved->filters.size(), 3);
        QCOMPARE(saved->filters.at(1).params.value("file").toString(), cube);
        QVERIFY(!saved->filters.at(2).enabled);

        resetStack();
        const int base = undo()->count();
        QVERIFY(m_panel->applyLook(path).ok());
        QCOMPARE(undo()->count(), base + 1);
        QCOMPARE(undo()->undoText(), QString("Apply look “Warm”"));
        QCOMPARE(ids(), QStringList({"exposure", "lut", "vignette"}));
        QCOMPARE(stack().at(0).params.value("ev").toDouble(), 0.5);
        QCOMPARE(stack().at(1).params.value("file").toString(), cube);
        QVERIFY(!stack().at(2).enabled);

        // A broken look changes nothing and says why.
        const QString broken = m_dir.filePath("broken.montajlook");
        writeFile(broken, "{\"format\": \"montaj.look\", \"version\": 99, \"filters\": []}");
        QVERIFY(!m_panel->applyLook(broken).ok());
        QCOMPARE(undo()->count(), base + 1);
        QVERIFY(!m_panel->errorText().isEmpty());
        QVERIFY(m_panel->applyLook(path).ok()); // unchanged: no step, the error goes
        QCOMPARE(undo()->count(), base + 1);
        QTRY_VERIFY(!m_panel->isChecking());
        QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    }

    void malformedCubeShowsItsLine()
    {
        resetStack();
        QVERIFY(m_panel->addFilter("lut").ok());
        const QString bad = m_dir.filePath("bad.cube");
        writeFile(bad, "LUT_3D_SIZE 2\n0 0 0\n1 0 zero\n0 1 0\n");
        param<FilterFileEditor>("file")->choose(bad);
        QCOMPARE(stack().at(0).params.value("file").toString(), bad);
        QTRY_VERIFY(!m_panel->isChecking());
        QTRY_VERIFY2(m_panel->errorText().contains("bad.cube:3"), qPrintable(m_panel->errorText()));
        QVERIFY(m_panel->errorText().contains(m_registry.find("lut")->displayName()));
        QVERIFY(!m_panel->stackView()->item(0)->toolTip().isEmpty());
        // Fixed on disk and chosen again: the error goes.
        writeFile(bad, identityCube());
        QVERIFY(m_panel->setParameter(0, "intensity", 0.5).ok());
        QTRY_VERIFY(!m_panel->isChecking());
        QTRY_VERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
        // Truncated.
        writeFile(bad, "LUT_3D_SIZE 17\n0 0 0\n");
        QVERIFY(m_panel->setParameter(0, "intensity", 0.6).ok());
        QTRY_VERIFY(!m_panel->isChecking());
        QTRY_VERIFY2(m_panel->errorText().contains("bad.cube"), qPrintable(m_panel->errorText()));
    }

    void missingCascadeIsReported()
    {
        const FilterRegistry noCascade = FilterRegistry::withBuiltins(m_dir.filePath("no_cascade.xml"));
        FiltersPanel panel(m_session, &noCascade);
        resetStack();
        QVERIFY(panel.addFilter("face_privacy").ok());
        QTRY_VERIFY(!panel.isChecking());
        QTRY_VERIFY2(panel.errorText().contains("no_cascade.xml"), qPrintable(panel.errorText()));
    }

    void previewAppliesFiltersAndSplits()
    {
        resetStack();
        m_session->seek(500'000);
        PreviewPanel preview(m_session);
        preview.setFilterRegistry(&m_registry);
        m_panel->linkPreview(&preview);
        preview.resize(360, 700);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        auto frame = [&] { return preview.view()->frame(); };
        QTRY_VERIFY_WITH_TIMEOUT(!frame().isNull(), 10000);
        QTest::qWait(300);
        const QImage original = frame();
        const double originalLevel = meanLevel(original);

        QVERIFY(m_panel->addFilter("exposure").ok());
        QVERIFY(m_panel->setParameter(0, "ev", 1.0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(meanLevel(frame()) > originalLevel + 20, 10000);
        const QImage filtered = frame();
        QCOMPARE(filtered.size(), original.size());

        // The before/after split: left the original, right filtered.
        QToolButton *compare = button("filters.beforeAfter");
        QVERIFY(compare && !compare->isHidden());
        compare->click();
        QVERIFY(preview.isSplitView());
        QCOMPARE(preview.splitPosition(), 0.5);
        const auto splitShows = [&](double at) {
            const QImage f = frame();
            return f.size() == original.size() && test::psnr(leftPart(f, at), leftPart(original, at)) > 60
                   && test::psnr(rightPart(f, at), rightPart(filtered, at)) > 60;
        };
        QTRY_VERIFY_WITH_TIMEOUT(splitShows(0.5), 10000);
        // Dragging the divider over the picture, also in a right-to-left UI: left stays original.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const QRect picture = preview.view()->pictureRect();
        QTest::mousePress(preview.view(), Qt::LeftButton, {},
                          QPoint(picture.left() + picture.width() / 4, picture.center().y()));
        QTest::mouseRelease(preview.view(), Qt::LeftButton, {},
                            QPoint(picture.left() + picture.width() / 4, picture.center().y()));
        const double quarter = preview.splitPosition();
        QVERIFY(std::abs(quarter - 0.25) < 0.02);
        QTRY_VERIFY_WITH_TIMEOUT(splitShows(quarter), 10000);
        const QString dir = QStringLiteral(MONTAJ_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(preview.grab().save(QDir(dir).filePath("filters-preview-split.png")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        compare->click();
        QVERIFY(!preview.isSplitView());
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(frame(), filtered) > 60, 10000);

        // A slider being dragged shows in the preview before anything is committed.
        const int base = undo()->count();
        QSlider *slider = param<FilterNumberEditor>("ev")->slider();
        slider->setSliderDown(true);
        slider->setValue(0); // −3 stops
        QTRY_VERIFY_WITH_TIMEOUT(meanLevel(frame()) < originalLevel - 20, 10000);
        QCOMPARE(undo()->count(), base);
        slider->setSliderDown(false);
        QCOMPARE(undo()->count(), base + 1);
        undo()->undo(); // back to +1: the preview follows the document
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(frame(), filtered) > 60, 10000);

        // A stack that cannot be built says so over the picture; the rest still shows.
        const QString bad = m_dir.filePath("preview_bad.cube");
        writeFile(bad, "LUT_3D_SIZE 3\n0 0 0\n");
        QList<FilterSettings> withBadLut = stack();
        withBadLut << FilterSettings{"lut", {{"file", bad}, {"intensity", 1.0}}, true};
        QVERIFY(doc()->setClipFilters(m_clipId, withBadLut).ok());
        QTRY_VERIFY_WITH_TIMEOUT(preview.filterProblem().contains("LUT"), 10000);
        QVERIFY(preview.view()->message().contains(preview.filterProblem()));
        QVERIFY(test::psnr(frame(), filtered) > 60);
        undo()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(preview.filterProblem().isEmpty(), 10000);
        QVERIFY(preview.view()->message().isEmpty());
        m_panel->linkPreview(nullptr);
        QVERIFY(button("filters.beforeAfter")->isHidden());
    }

    void screenshotsInThreeLanguages()
    {
        resetStack();
        const QString bad = m_dir.filePath("shot.cube");
        writeFile(bad, "LUT_3D_SIZE 2\n0 0 0\n1 0 zero\n");
        QVERIFY(doc()
                    ->setClipFilters(m_clipId, {{"exposure", {{"ev", 0.5}}, true},
                                                {"lut", {{"file", bad}, {"intensity", 0.8}}, true},
                                                {"skin_smooth", {{"amount", 0.4}}, true},
                                                {"vignette", {{"amount", 0.3}}, false}})
                    .ok());
        m_panel->setCurrentIndex(0);
        const QString dir = QStringLiteral(MONTAJ_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        const QList<std::pair<Language, const char *>> languages{
            {Language::English, "en"}, {Language::Arabic, "ar"}, {Language::French, "fr"}};
        for (const auto &[language, code] : languages) {
            QVERIFY(m_localization.setLanguage(language).ok());
            QApplication::setLayoutDirection(m_localization.direction());
            QCoreApplication::processEvents();
            QTRY_VERIFY(!m_panel->isChecking());
            QTRY_VERIFY(m_panel->errorText().contains("shot.cube:3"));
            QVERIFY(m_panel->showsRetouchedBadge());
            QCOMPARE(m_panel->layoutDirection(), m_localization.direction());
            QVERIFY(!m_panel->findChild<QLabel *>("filters.title")->text().isEmpty());
            QVERIFY(m_panel->grab().save(QDir(dir).filePath(QString("filters-panel-%1.png").arg(code))));
        }
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestFiltersPanel)
#include "tst_filterspanel.moc"
