#include "core/sim/LogGenerator.h"

#include "core/sim/OnlineBoutique.h"

#include <cstdio>
#include <utility>

namespace tracemark::sim {

namespace {

bool endsWith(const std::string& text, const char* suffix)
{
    const std::string s(suffix);
    return text.size() >= s.size() && text.compare(text.size() - s.size(), s.size(), s) == 0;
}

std::string uuid(Rng& rng)
{
    std::string out;
    out.reserve(36);
    const std::uint64_t a = rng.next();
    const std::uint64_t b = rng.next();
    appendHex(out, a >> 32, 8);
    out += '-';
    appendHex(out, a >> 16, 4);
    out += '-';
    appendHex(out, a, 4);
    out += '-';
    appendHex(out, b >> 48, 4);
    out += '-';
    appendHex(out, b, 12);
    return out;
}

const std::string& productId(Rng& rng)
{
    const auto& ids = onlineBoutiqueProductIds();
    return ids[rng.below(static_cast<std::uint32_t>(ids.size()))];
}

std::string money(double amount)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", amount);
    return buffer;
}

std::string rpcError(bool connectionRefused)
{
    return connectionRefused
        ? "rpc error: code = Unavailable desc = connection error: dial tcp: connect: connection refused"
        : "rpc error: code = Internal desc = internal error";
}

} // namespace

LogGenerator::LogGenerator(const Topology& topology, double infoProbability)
    : topology_(topology)
    , infoProbability_(infoProbability)
{
    static const std::pair<const char*, InfoKind> kBySuffix[]
        = { { "/GetSupportedCurrencies", InfoKind::Currencies }, { "/Convert", InfoKind::Convert },
              { "/ListProducts", InfoKind::ListProducts }, { "/GetProduct", InfoKind::GetProduct },
              { "/GetCart", InfoKind::GetCart }, { "/AddItem", InfoKind::AddItem },
              { "/EmptyCart", InfoKind::EmptyCart }, { "/ListRecommendations", InfoKind::Recommend },
              { "/GetAds", InfoKind::Ads }, { "/GetQuote", InfoKind::Quote },
              { "/ShipOrder", InfoKind::Ship }, { "/Charge", InfoKind::Charge },
              { "/SendOrderConfirmation", InfoKind::Email }, { "/PlaceOrder", InfoKind::PlaceOrder } };
    for (const auto& op : topology.operations()) {
        InfoKind kind = InfoKind::None;
        for (const auto& [suffix, k] : kBySuffix)
            if (endsWith(op.name, suffix))
                kind = k;
        infoKinds_.push_back(kind);
    }
}

std::string LogGenerator::formatMs(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", ms);
    return buffer;
}

LogRecord LogGenerator::record(const LogOrigin& origin, const char* severity, std::string message) const
{
    LogRecord r;
    r.timeNs = origin.timeNs;
    const auto& instance = topology_.instance(origin.instance);
    r.service = topology_.service(instance.service).name;
    r.instance = instance.name;
    if (origin.traceId)
        r.traceId = *origin.traceId;
    if (origin.spanId)
        r.spanId = *origin.spanId;
    r.severity = severity;
    r.message = std::move(message);
    return r;
}

LogRecord LogGenerator::background(
    int instance, std::int64_t timeNs, const char* severity, std::string message) const
{
    return record(LogOrigin { instance, nullptr, nullptr, timeNs }, severity, std::move(message));
}

std::string LogGenerator::shortName(int operation) const
{
    const std::string& name = topology_.operation(operation).name;
    const auto slash = name.rfind('/');
    return slash == std::string::npos ? name : name.substr(slash + 1);
}

void LogGenerator::handled(
    std::vector<LogRecord>& out, Rng& rng, const LogOrigin& origin, int operation) const
{
    const InfoKind kind = infoKinds_[static_cast<std::size_t>(operation)];
    if (kind == InfoKind::None || !rng.chance(infoProbability_))
        return;
    static const char* const kCurrencies[] = { "EUR", "JPY", "GBP", "CAD", "TRY" };
    static const char* const kAdWords[]
        = { "clothing", "accessories", "footwear", "hair", "decor", "kitchen" };
    std::string message;
    switch (kind) {
    case InfoKind::None:
        return;
    case InfoKind::Currencies:
        message = "Getting supported currencies...";
        break;
    case InfoKind::Convert:
        message = "conversion request successful: " + money(rng.uniform(5, 120)) + " USD -> "
            + kCurrencies[rng.below(5)];
        break;
    case InfoKind::ListProducts:
        message = "listing products: returned 9 items";
        break;
    case InfoKind::GetProduct:
        message = "get product id=" + productId(rng);
        break;
    case InfoKind::GetCart:
        message = "GetCartAsync called with userId=" + uuid(rng);
        break;
    case InfoKind::AddItem:
        message = "AddItemAsync called with userId=" + uuid(rng) + ", productId=" + productId(rng)
            + ", quantity=" + std::to_string(rng.between(1, 5));
        break;
    case InfoKind::EmptyCart:
        message = "EmptyCartAsync called with userId=" + uuid(rng);
        break;
    case InfoKind::Recommend:
        message = "[Recv ListRecommendations] returned 5 products for product " + productId(rng);
        break;
    case InfoKind::Ads:
        message = std::string("received ad request (context_words=[") + kAdWords[rng.below(6)] + "])";
        break;
    case InfoKind::Quote:
        message = "[GetQuote] completed request: quote USD " + money(rng.uniform(3, 30));
        break;
    case InfoKind::Ship:
        message = "[ShipOrder] completed request: tracking id " + std::to_string(rng.between(10, 99)) + "-"
            + std::to_string(rng.between(10000, 99999)) + "-" + std::to_string(rng.between(10000, 99999));
        break;
    case InfoKind::Charge:
        message = "Transaction processed: visa ending " + std::to_string(rng.between(1000, 9999))
            + ", amount USD " + money(rng.uniform(10, 400));
        break;
    case InfoKind::Email:
        message = "A request to send order confirmation email to user" + std::to_string(rng.between(1, 99999))
            + "@example.com has been received.";
        break;
    case InfoKind::PlaceOrder:
        message = "payment went through (transaction_id: " + uuid(rng) + ")";
        break;
    }
    out.push_back(record(origin, "INFO", std::move(message)));
}

void LogGenerator::requestCompleted(std::vector<LogRecord>& out, Rng& rng, const LogOrigin& origin,
    int operation, int httpStatus, std::int64_t durationNs) const
{
    const auto& op = topology_.operation(operation);
    std::string path = op.httpRoute;
    const auto placeholder = path.find("{id}");
    if (placeholder != std::string::npos)
        path.replace(placeholder, 4, productId(rng));
    std::string message = std::string(httpStatus >= 500 ? "request error" : "request complete")
        + " http.req.method=" + op.httpMethod + " http.req.path=" + path
        + " http.resp.status=" + std::to_string(httpStatus)
        + " http.resp.took_ms=" + formatMs(static_cast<double>(durationNs) / 1e6);
    out.push_back(record(origin, httpStatus >= 500 ? "ERROR" : "INFO", std::move(message)));
}

void LogGenerator::handlerFailed(
    std::vector<LogRecord>& out, const LogOrigin& origin, int operation, int grpcCode) const
{
    if (topology_.service(topology_.operation(operation).service).protocol == Protocol::Redis)
        return; // the datastore does not log failed commands; its callers do
    if (grpcCode == 14)
        out.push_back(record(origin, "WARN",
            "transient failure in " + shortName(operation)
                + ": rpc error: code = Unavailable desc = transport is closing"));
    else
        out.push_back(record(origin, "ERROR",
            "failed to handle " + shortName(operation)
                + ": rpc error: code = Internal desc = internal error"));
}

void LogGenerator::retrying(std::vector<LogRecord>& out, const LogOrigin& origin, int operation,
    int targetInstance, int attempt, int maxAttempts, bool connectionRefused) const
{
    out.push_back(record(origin, "WARN",
        "retrying " + shortName(operation) + " (attempt " + std::to_string(attempt + 1) + "/"
            + std::to_string(maxAttempts) + ") after failure on " + topology_.instance(targetInstance).name
            + ": "
            + (connectionRefused
                    ? rpcError(true)
                    : std::string("rpc error: code = Unavailable desc = transport is closing"))));
}

void LogGenerator::callFailed(std::vector<LogRecord>& out, const LogOrigin& origin, int operation,
    bool connectionRefused, bool critical) const
{
    const auto& callee = topology_.service(topology_.operation(operation).service);
    std::string message;
    if (callee.protocol == Protocol::Redis)
        message = "Can't access cart storage: StackExchange.Redis.RedisConnectionException on "
            + topology_.operation(operation).name;
    else
        message = "failed to call " + shortName(operation) + " on " + callee.name + ": "
            + rpcError(connectionRefused);
    out.push_back(record(origin, critical ? "ERROR" : "WARN", std::move(message)));
}

void LogGenerator::gcPause(std::vector<LogRecord>& out, const LogOrigin& origin, double pauseMs,
    double heapMiB, double limitMiB) const
{
    out.push_back(record(origin, "WARN",
        "GC pause " + formatMs(pauseMs) + " ms, heap " + formatMs(heapMiB) + "/" + formatMs(limitMiB)
            + " MiB"));
}

} // namespace tracemark::sim
