#include "core/filters/filterparam.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace montaj {

FilterParam FilterParam::number(QString name, QString label, double minimum, double maximum,
                                double defaultValue, double step)
{
    FilterParam p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.type = Type::Number;
    p.minimum = minimum;
    p.maximum = maximum;
    p.step = step;
    p.defaultValue = defaultValue;
    return p;
}

FilterParam FilterParam::boolean(QString name, QString label, bool defaultValue)
{
    FilterParam p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.type = Type::Bool;
    p.defaultValue = defaultValue;
    return p;
}

FilterParam FilterParam::choice(QString name, QString label, QStringList choices, QStringList labels,
                                QString defaultValue)
{
    FilterParam p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.type = Type::Choice;
    p.choices = std::move(choices);
    p.choiceLabels = std::move(labels);
    p.defaultValue = std::move(defaultValue);
    return p;
}

FilterParam FilterParam::file(QString name, QString label, QString fileFilter)
{
    FilterParam p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.type = Type::File;
    p.defaultValue = QString();
    p.fileFilter = std::move(fileFilter);
    return p;
}

FilterParam FilterParam::color(QString name, QString label, QString defaultValue)
{
    FilterParam p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.type = Type::Color;
    p.defaultValue = std::move(defaultValue);
    return p;
}

Result<QVariant> FilterParam::coerce(const QVariant &value, const QString &filterId) const
{
    const QVariantMap where{{QStringLiteral("filter"), filterId}, {QStringLiteral("param"), name}};
    const auto invalid = [&](const QString &message) {
        return Error(QStringLiteral("filters.invalid_param"), message, where)
            .with(QStringLiteral("value"), value.toString());
    };
    switch (type) {
    case Type::Number: {
        bool ok = false;
        double v = 0;
        if (value.typeId() == QMetaType::QString)
            v = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        else if (value.canConvert<double>() && value.typeId() != QMetaType::Bool)
            v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return invalid(tr("The value of “%1” must be a number.").arg(name));
        if (v < minimum || v > maximum)
            return invalid(tr("The value of “%1” must lie between %2 and %3.")
                               .arg(name, QLocale::c().toString(minimum), QLocale::c().toString(maximum)));
        return QVariant(v);
    }
    case Type::Bool: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes")
            || text == QLatin1String("on"))
            return QVariant(true);
        if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")
            || text == QLatin1String("off"))
            return QVariant(false);
        return invalid(tr("The value of “%1” must be true or false.").arg(name));
    }
    case Type::Choice: {
        const QString text = value.toString().trimmed();
        if (!choices.contains(text))
            return invalid(
                tr("The value of “%1” must be one of: %2.").arg(name, choices.join(QStringLiteral(", "))));
        return QVariant(text);
    }
    case Type::File:
        if (value.typeId() != QMetaType::QString)
            return invalid(tr("The value of “%1” must be a file path.").arg(name));
        return QVariant(value.toString());
    case Type::Color: {
        const QColor c(value.toString().trimmed());
        if (value.typeId() != QMetaType::QString || !c.isValid())
            return invalid(tr("The value of “%1” must be a colour such as #00ff00.").arg(name));
        return QVariant(c.name(QColor::HexRgb));
    }
    }
    return invalid(tr("The value of “%1” is not valid.").arg(name));
}

} // namespace montaj
