#include "ui/rca/FaultTypeNames.h"

#include <QCoreApplication>

namespace tracemark {

QString faultTypeDisplayName(const std::string& faultType)
{
    struct Name {
        const char* type;
        const char* text;
    };
    static const Name kNames[] = {
        {"pod_failure", QT_TRANSLATE_NOOP("FaultType", "Pod failure")},
        {"cpu", QT_TRANSLATE_NOOP("FaultType", "CPU exhaustion")},
        {"memory", QT_TRANSLATE_NOOP("FaultType", "Memory exhaustion")},
        {"delay", QT_TRANSLATE_NOOP("FaultType", "Network delay")},
        {"packet_loss", QT_TRANSLATE_NOOP("FaultType", "Packet loss")},
        {"error", QT_TRANSLATE_NOOP("FaultType", "Error / exception")},
        {"return_value", QT_TRANSLATE_NOOP("FaultType", "Wrong return value")},
        {"other", QT_TRANSLATE_NOOP("FaultType", "Other")},
    };
    for (const Name& name : kNames)
        if (faultType == name.type)
            return QCoreApplication::translate("FaultType", name.text);
    return QString::fromStdString(faultType);
}

} // namespace tracemark
