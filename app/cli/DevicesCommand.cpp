// tracemark-cli devices: which device (CPU or a CUDA GPU) training and inference would use.
#include "ArgParser.h"
#include "Commands.h"
#include "OutputFormat.h"

#include "core/common/Error.h"
#include "ml/train/Device.h"

#include <iostream>

namespace tracemark::cli {

int runDevicesCommand(const Args& argv)
{
    ArgParser parser(
        "devices", "Shows the device that training and inference would run on, and the LibTorch version.");
    parser.option("device", 0, "CHOICE", "auto, cpu or cuda: the choice to resolve", "auto")
        .flag("json", 0, "print one JSON object")
        .example(
            "tracemark-cli devices --device cuda", "exits 1 with an explanation when no usable GPU is there");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const auto choice
        = ml::deviceChoiceFromString(args.choice("device", { "auto", "cpu", "cuda", "gpu" }, "auto"));
    ml::DeviceDescription device;
    try {
        device = ml::resolveDevice(choice);
    } catch (const UsageError& e) {
        throw Error(e.what()); // the flag was well formed; this machine just lacks the device (exit 1)
    }
    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("device", device.useCuda ? "cuda:0" : "cpu")
                         .add("cuda_devices", device.cudaDevices)
                         .add("torch_version", device.torchVersion)
                         .add("summary", device.summary())
                         .str()
                  << "\n";
    } else {
        std::cout << device.summary() << "\n";
    }
    return 0;
}

} // namespace tracemark::cli
