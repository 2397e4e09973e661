#pragma once
// The default simulated system: an Online-Boutique-like shop of 11 services (frontend,
// cartservice, productcatalogservice, currencyservice, paymentservice, shippingservice,
// emailservice, checkoutservice, recommendationservice, adservice, redis-cart) and its request
// mix (home, product page, view cart, add to cart, checkout, set currency, empty cart).
#include "core/sim/Topology.h"

namespace tracemark::sim {

// Replica counts (1-3) and pod names are drawn from the seed.
Topology onlineBoutique(std::uint64_t seed);

// The shop's product ids (for realistic log lines and HTTP targets).
const std::vector<std::string>& onlineBoutiqueProductIds();

} // namespace tracemark::sim
