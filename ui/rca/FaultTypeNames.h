#pragma once
// Readable, translated names of the stored fault types (rootCauseFaultTypes()).
#include <QString>

#include <string>

namespace tracemark {

// "CPU exhaustion" for "cpu"; an unknown type is shown as stored.
QString faultTypeDisplayName(const std::string& faultType);

} // namespace tracemark
