#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace montaj {

// Describes one parameter of a filter — its machine name, translated label, type, range, default
// and step — so a panel can build a control and a spec or a look can be checked. Also turns a given
// value (number, text from the command line, JSON value) into the parameter's canonical QVariant.
// Not for the values themselves (FilterSettings::params) nor for applying anything.
struct FilterParam
{
    Q_DECLARE_TR_FUNCTIONS(FilterParam)

public:
    enum class Type {
        Number, // double in [minimum, maximum]
        Bool,
        Choice, // one of choices (machine names); choiceLabels are the translated names
        File,   // a path; empty means "none"
        Color,  // "#rrggbb"
    };

    QString name;  // machine name: "ev", "intensity", "file"
    QString label; // translated
    Type type = Type::Number;
    double minimum = 0;
    double maximum = 1;
    double step = 0.01;
    QVariant defaultValue;
    QStringList choices;
    QStringList choiceLabels;
    QString fileFilter; // for File: a file dialog filter ("*.cube")

    static FilterParam number(QString name, QString label, double minimum, double maximum,
                              double defaultValue, double step);
    static FilterParam boolean(QString name, QString label, bool defaultValue);
    static FilterParam choice(QString name, QString label, QStringList choices, QStringList labels,
                              QString defaultValue);
    static FilterParam file(QString name, QString label, QString fileFilter);
    static FilterParam color(QString name, QString label, QString defaultValue);

    // The canonical value (double, bool or QString) of `value`, or an Error naming filter and
    // parameter when it has the wrong type or lies out of range. Text is read with QLocale::c().
    Result<QVariant> coerce(const QVariant &value, const QString &filterId) const;
};

} // namespace montaj
