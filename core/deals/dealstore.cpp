#include "core/deals/dealstore.h"

#include "core/deals/internal/dealerrors.h"
#include "core/deals/internal/dealjson.h"
#include "core/deals/internal/dealmigrations.h"
#include "core/deals/internal/dealstoreprivate.h"
#include "core/publish/store/internal/workspacemigrations.h"

#include <QJsonDocument>
#include <QUuid>

namespace montaj {
namespace {
const QString kSellerKey = QStringLiteral("deals.seller");
} // namespace

QString DealStore::Private::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime DealStore::Private::nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

DealStore::DealStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

DealStore::~DealStore() = default;

Result<std::unique_ptr<DealStore>> DealStore::open(const WorkspaceLocation &location)
{
    auto db = WorkspaceDb::connect(location);
    if (!db)
        return db.error();
    // Deliverables refer to posts: the workspace's own schema comes first.
    if (auto workspace = WorkspaceMigrations::apply(*db.value()); !workspace)
        return workspace.error();
    auto version = DealMigrations::apply(*db.value());
    if (!version)
        return version.error();
    auto p = std::make_unique<Private>();
    p->db = std::move(db).value();
    p->schema = *version;
    return std::unique_ptr<DealStore>(new DealStore(std::move(p)));
}

int DealStore::schemaVersion() const
{
    return d->schema;
}

int DealStore::latestSchemaVersion()
{
    return DealMigrations::latestVersion();
}

quint64 DealStore::writeCount() const
{
    return d->db->writeCount();
}

namespace {

const QString kBrandColumns = QStringLiteral(
    "id, name, legal_name, vat_number, country, category, address, platform_brand_id, notes, created_at_ms");

Brand readBrand(const QSqlQuery &q)
{
    Brand b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.legalName = q.value(2).toString();
    b.vatNumber = q.value(3).toString();
    b.country = q.value(4).toString();
    b.category = q.value(5).toString();
    b.address = q.value(6).toString();
    b.platformBrandId = q.value(7).toString();
    b.notes = q.value(8).toString();
    b.createdAt = WorkspaceDb::toUtc(q.value(9));
    return b;
}

} // namespace

Result<Brand> DealStore::saveBrand(Brand b)
{
    if (b.name.trimmed().isEmpty())
        return DealErrors::missingField(QStringLiteral("name"));
    WorkspaceDb &db = *d->db;
    WorkspaceTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const bool insert = b.id.isEmpty();
    if (insert) {
        b.id = Private::newId();
        b.createdAt = Private::nowUtc();
    }
    const QVariantList values{WorkspaceDb::text(b.name),
                              WorkspaceDb::text(b.legalName),
                              WorkspaceDb::text(b.vatNumber),
                              WorkspaceDb::text(b.country),
                              WorkspaceDb::text(b.category),
                              WorkspaceDb::text(b.address),
                              WorkspaceDb::text(b.platformBrandId),
                              WorkspaceDb::text(b.notes),
                              b.id};
    if (insert) {
        QVariantList withTime = values;
        withTime.append(WorkspaceDb::millis(b.createdAt));
        auto q =
            db.query(QStringLiteral("INSERT INTO brands (name, legal_name, vat_number, country, category,"
                                    " address, platform_brand_id, notes, id, created_at_ms)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     withTime);
        if (!q)
            return q.error();
    } else {
        auto q = db.query(QStringLiteral("UPDATE brands SET name = ?, legal_name = ?, vat_number = ?,"
                                         " country = ?, category = ?, address = ?, platform_brand_id = ?,"
                                         " notes = ? WHERE id = ?"),
                          values);
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return DealErrors::notFound(QStringLiteral("brand"), b.id);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return brand(b.id);
}

Result<Brand> DealStore::brand(const QString &id) const
{
    auto q = d->db->query(
        QStringLiteral("SELECT ") + kBrandColumns + QStringLiteral(" FROM brands WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return DealErrors::notFound(QStringLiteral("brand"), id);
    return readBrand(*q);
}

Result<QList<Brand>> DealStore::brands() const
{
    auto q = d->db->query(QStringLiteral("SELECT ") + kBrandColumns
                          + QStringLiteral(" FROM brands ORDER BY name, id"));
    if (!q)
        return q.error();
    QList<Brand> out;
    while (q.value().next())
        out.append(readBrand(*q));
    return out;
}

Result<std::optional<Brand>> DealStore::brandByPlatformId(const QString &platformBrandId) const
{
    if (platformBrandId.isEmpty())
        return std::optional<Brand>();
    auto q =
        d->db->query(QStringLiteral("SELECT ") + kBrandColumns
                         + QStringLiteral(" FROM brands WHERE platform_brand_id = ? ORDER BY created_at_ms"),
                     {platformBrandId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Brand>();
    return std::optional<Brand>(readBrand(*q));
}

Result<Contact> DealStore::saveContact(Contact c)
{
    if (c.name.trimmed().isEmpty())
        return DealErrors::missingField(QStringLiteral("name"));
    WorkspaceDb &db = *d->db;
    WorkspaceTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const bool insert = c.id.isEmpty();
    if (insert)
        c.id = Private::newId();
    const QVariantList values{c.brandId,
                              WorkspaceDb::text(c.name),
                              WorkspaceDb::text(c.role),
                              WorkspaceDb::text(c.email),
                              WorkspaceDb::text(c.phone),
                              c.id};
    auto q =
        db.query(insert ? QStringLiteral("INSERT INTO brand_contacts (brand_id, name, role, email, phone, id)"
                                         " VALUES (?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("UPDATE brand_contacts SET brand_id = ?, name = ?, role = ?,"
                                         " email = ?, phone = ? WHERE id = ?"),
                 values);
    if (!q)
        return q.error();
    if (!insert && q->numRowsAffected() == 0)
        return DealErrors::notFound(QStringLiteral("contact"), c.id);
    if (auto done = tx.commit(); !done)
        return done.error();
    return c;
}

Result<QList<Contact>> DealStore::contacts(const QString &brandId) const
{
    auto q = d->db->query(QStringLiteral("SELECT id, brand_id, name, role, email, phone FROM brand_contacts"
                                         " WHERE brand_id = ? ORDER BY name, id"),
                          {brandId});
    if (!q)
        return q.error();
    QList<Contact> out;
    while (q.value().next())
        out.append(Contact{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    return out;
}

Result<void> DealStore::removeContact(const QString &id)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto q = d->db->query(QStringLiteral("DELETE FROM brand_contacts WHERE id = ?"), {id}); !q)
        return q.error();
    return tx.commit();
}

Result<InvoiceParty> DealStore::sellerProfile() const
{
    auto q = d->db->query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kSellerKey});
    if (!q)
        return q.error();
    if (!q.value().next())
        return InvoiceParty{};
    return DealJson::readParty(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

Result<void> DealStore::setSellerProfile(const InvoiceParty &seller)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(DealJson::party(seller)).toJson(QJsonDocument::Compact));
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = d->db->query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {kSellerKey, json});
    if (!q)
        return q.error();
    return tx.commit();
}

} // namespace montaj
