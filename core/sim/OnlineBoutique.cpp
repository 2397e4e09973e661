#include "core/sim/OnlineBoutique.h"

#include <utility>

namespace tracemark::sim {

namespace {

ServiceSpec service(std::string name, int minReplicas, int maxReplicas, double memoryBaseMiB,
    double memoryLimitMiB, double cpuBasePercent)
{
    ServiceSpec spec;
    spec.logger = name;
    spec.name = std::move(name);
    spec.minReplicas = minReplicas;
    spec.maxReplicas = maxReplicas;
    spec.memoryBaseMiB = memoryBaseMiB;
    spec.memoryLimitMiB = memoryLimitMiB;
    spec.cpuBasePercent = cpuBasePercent;
    return spec;
}

CallNode call(int operation, std::vector<CallStep> steps = {})
{
    CallNode node;
    node.operation = operation;
    node.steps = std::move(steps);
    return node;
}

// A call the caller can do without (its failure is logged, the page still renders).
CallNode optionalCall(int operation, double probability, std::vector<CallStep> steps = {})
{
    CallNode node = call(operation, std::move(steps));
    node.probability = probability;
    node.critical = false;
    return node;
}

CallStep sequential(std::vector<CallNode> calls, int minRepeat = 1, int maxRepeat = 1)
{
    return CallStep { false, minRepeat, maxRepeat, std::move(calls) };
}

CallStep parallel(std::vector<CallNode> calls, int minRepeat = 1, int maxRepeat = 1)
{
    return CallStep { true, minRepeat, maxRepeat, std::move(calls) };
}

} // namespace

const std::vector<std::string>& onlineBoutiqueProductIds()
{
    static const std::vector<std::string> ids = { "OLJCESPC7Z", "66VCHSJNUP", "1YMWWN1N4O", "L9ECAV7KIM",
        "2ZYFJ3GM2N", "0PUK6V6EV0", "LS4PSXUNUM", "9SIQT8TOJO", "6E92ZMYYFZ" };
    return ids;
}

Topology onlineBoutique(std::uint64_t seed)
{
    Topology t;
    ServiceSpec frontendSpec = service("frontend", 2, 3, 40, 128, 4);
    frontendSpec.protocol = Protocol::Http;
    frontendSpec.cpuLoadPercent = 30;
    const int frontend = t.addService(frontendSpec);
    const int cart = t.addService(service("cartservice", 2, 3, 70, 128, 3));
    const int catalog = t.addService(service("productcatalogservice", 2, 3, 25, 128, 2));
    const int currency = t.addService(service("currencyservice", 2, 3, 50, 128, 3));
    const int payment = t.addService(service("paymentservice", 1, 2, 45, 128, 2));
    const int shipping = t.addService(service("shippingservice", 1, 2, 20, 128, 2));
    const int email = t.addService(service("emailservice", 1, 2, 60, 128, 2));
    const int checkout = t.addService(service("checkoutservice", 1, 2, 25, 128, 2));
    const int recommendation = t.addService(service("recommendationservice", 1, 3, 90, 450, 4));
    const int ads = t.addService(service("adservice", 1, 2, 180, 300, 5));
    ServiceSpec redisSpec = service("redis-cart", 1, 1, 15, 256, 2);
    redisSpec.protocol = Protocol::Redis;
    redisSpec.emitsSpans = false;
    redisSpec.statefulSet = true;
    redisSpec.logger = "redis";
    const int redis = t.addService(redisSpec);

    auto http = [&](const char* method, const char* route, double medianMs) {
        Operation op;
        op.service = frontend;
        op.name = std::string(method) + " " + route;
        op.httpMethod = method;
        op.httpRoute = route;
        op.medianMs = medianMs;
        op.sigma = 0.45;
        return t.addOperation(op);
    };
    auto rpc = [&](int svc, const char* name, double medianMs, double sigma) {
        Operation op;
        op.service = svc;
        op.name = name;
        op.medianMs = medianMs;
        op.sigma = sigma;
        return t.addOperation(op);
    };

    const int home = http("GET", "/", 4.0);
    const int product = http("GET", "/product/{id}", 3.5);
    const int viewCart = http("GET", "/cart", 3.5);
    const int addToCart = http("POST", "/cart", 2.0);
    const int placeOrder = http("POST", "/cart/checkout", 3.0);
    const int setCurrency = http("POST", "/setCurrency", 0.8);
    const int emptyCart = http("POST", "/cart/empty", 1.0);

    const int supportedCurrencies
        = rpc(currency, "hipstershop.CurrencyService/GetSupportedCurrencies", 0.6, 0.35);
    const int convert = rpc(currency, "hipstershop.CurrencyService/Convert", 0.5, 0.35);
    const int listProducts = rpc(catalog, "hipstershop.ProductCatalogService/ListProducts", 1.2, 0.4);
    const int getProduct = rpc(catalog, "hipstershop.ProductCatalogService/GetProduct", 0.6, 0.35);
    const int getCart = rpc(cart, "hipstershop.CartService/GetCart", 1.5, 0.4);
    const int addItem = rpc(cart, "hipstershop.CartService/AddItem", 2.0, 0.4);
    const int clearCart = rpc(cart, "hipstershop.CartService/EmptyCart", 1.5, 0.4);
    const int recommend
        = rpc(recommendation, "hipstershop.RecommendationService/ListRecommendations", 3.0, 0.5);
    const int getAds = rpc(ads, "hipstershop.AdService/GetAds", 2.0, 0.5);
    const int quote = rpc(shipping, "hipstershop.ShippingService/GetQuote", 0.6, 0.35);
    const int ship = rpc(shipping, "hipstershop.ShippingService/ShipOrder", 0.9, 0.35);
    const int charge = rpc(payment, "hipstershop.PaymentService/Charge", 3.0, 0.45);
    const int confirm = rpc(email, "hipstershop.EmailService/SendOrderConfirmation", 12.0, 0.5);
    const int order = rpc(checkout, "hipstershop.CheckoutService/PlaceOrder", 4.0, 0.4);
    const int hget = rpc(redis, "redis HGET", 0.25, 0.5);
    const int hset = rpc(redis, "redis HSET", 0.3, 0.5);
    const int expire = rpc(redis, "redis EXPIRE", 0.2, 0.5);
    const int del = rpc(redis, "redis DEL", 0.2, 0.5);

    auto getCartCall = [&] { return call(getCart, { sequential({ call(hget) }) }); };
    auto recommendations = [&](double probability) {
        return optionalCall(recommend, probability, { sequential({ call(listProducts) }) });
    };

    // Home: currencies, catalogue and cart fetched at once, every product's price converted
    // at once, then ads (shown 70 % of the time).
    t.addRequestType({ "home", 0.28,
        call(home,
            { parallel({ call(supportedCurrencies), call(listProducts), getCartCall() }),
                parallel({ call(convert) }, 4, 9), sequential({ optionalCall(getAds, 0.7) }) }) });
    t.addRequestType({ "browse_product", 0.38,
        call(product,
            { sequential({ call(getProduct) }), parallel({ call(supportedCurrencies), getCartCall() }),
                sequential({ call(convert) }),
                parallel({ recommendations(0.9), optionalCall(getAds, 0.7) }) }) });
    t.addRequestType({ "view_cart", 0.12,
        call(viewCart,
            { parallel({ call(supportedCurrencies), getCartCall() }), sequential({ recommendations(1.0) }),
                sequential({ call(quote), call(convert) }),
                sequential({ call(getProduct), call(convert) }, 0, 4) }) });
    t.addRequestType({ "add_to_cart", 0.12,
        call(addToCart,
            { sequential({ call(getProduct) }),
                sequential({ call(addItem, { sequential({ call(hget), call(hset), call(expire) }) }) }) }) });
    // Checkout: the checkout service prices every cart item (1-5), quotes shipping, charges,
    // ships, empties the cart and mails a confirmation (a failed mail does not fail the order).
    CallNode placeOrderCall = call(order,
        { sequential({ getCartCall() }), sequential({ call(getProduct), call(convert) }, 1, 5),
            sequential({ call(quote), call(convert), call(charge), call(ship) }),
            sequential({ call(clearCart, { sequential({ call(del) }) }), optionalCall(confirm, 1.0) }) });
    t.addRequestType({ "checkout", 0.05,
        call(placeOrder, { sequential({ placeOrderCall }), sequential({ recommendations(1.0) }) }) });
    t.addRequestType({ "set_currency", 0.03, call(setCurrency) });
    t.addRequestType({ "empty_cart", 0.02,
        call(emptyCart, { sequential({ call(clearCart, { sequential({ call(del) }) }) }) }) });

    t.createInstances(seed);
    return t;
}

} // namespace tracemark::sim
