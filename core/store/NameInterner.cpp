#include "core/store/NameInterner.h"

namespace tracemark {

NameInterner::NameInterner(Database& db)
    : db_(db),
      insertService_(db.prepare("INSERT INTO services(name) VALUES (?)")),
      insertOperation_(db.prepare("INSERT INTO operations(service_id, name) VALUES (?, ?)")),
      insertInstance_(db.prepare("INSERT INTO instances(service_id, name) VALUES (?, ?)"))
{
    Statement services = db.prepare("SELECT id, name FROM services");
    while (services.step())
        services_.emplace(services.text(1), services.int64(0));
    Statement operations = db.prepare("SELECT id, service_id, name FROM operations");
    while (operations.step())
        operations_[operations.int64(1)].emplace(operations.text(2), operations.int64(0));
    Statement instances = db.prepare("SELECT id, service_id, name FROM instances");
    while (instances.step())
        instances_[instances.int64(1)].emplace(instances.text(2), instances.int64(0));
}

std::int64_t NameInterner::service(const std::string& name)
{
    const auto found = services_.find(name);
    if (found != services_.end())
        return found->second;
    insertService_.bindStatic(1, name).run();
    const std::int64_t id = db_.lastInsertRowId();
    services_.emplace(name, id);
    return id;
}

std::int64_t NameInterner::operation(std::int64_t serviceId, const std::string& name)
{
    NameIds& ids = operations_[serviceId];
    const auto found = ids.find(name);
    if (found != ids.end())
        return found->second;
    insertOperation_.bind(1, serviceId).bindStatic(2, name).run();
    const std::int64_t id = db_.lastInsertRowId();
    ids.emplace(name, id);
    return id;
}

std::int64_t NameInterner::instance(std::int64_t serviceId, const std::string& name)
{
    NameIds& ids = instances_[serviceId];
    const auto found = ids.find(name);
    if (found != ids.end())
        return found->second;
    insertInstance_.bind(1, serviceId).bindStatic(2, name).run();
    const std::int64_t id = db_.lastInsertRowId();
    ids.emplace(name, id);
    return id;
}

} // namespace tracemark
