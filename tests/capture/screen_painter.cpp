// Helper for tst_screencapture: a frameless window at (0, 0) filling a 640×480 X display with a
// known pattern — left half red, right half blue, a green 80×80 square in the middle — and prints
// "shown <window id>" once it has been painted. Runs until killed.

#include <QGuiApplication>
#include <QPainter>
#include <QRasterWindow>
#include <QTimer>

#include <cstdio>

class PatternWindow : public QRasterWindow
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(0, 0, width() / 2, height(), QColor(255, 0, 0));
        p.fillRect(width() / 2, 0, width() - width() / 2, height(), QColor(0, 0, 255));
        p.fillRect(width() / 2 - 40, height() / 2 - 40, 80, 80, QColor(0, 255, 0));
        if (!m_announced) {
            m_announced = true;
            QTimer::singleShot(300, this, [this] {
                std::printf("shown %llu\n", static_cast<unsigned long long>(winId()));
                std::fflush(stdout);
            });
        }
    }

private:
    bool m_announced = false;
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    PatternWindow window;
    window.setFlags(Qt::FramelessWindowHint | Qt::Window);
    window.setGeometry(0, 0, 640, 480);
    window.show();
    return app.exec();
}
