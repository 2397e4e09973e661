#pragma once
// Which device training and inference run on. `auto` takes CUDA when the LibTorch this was
// built against has it and a GPU is visible, else the CPU.
#include <string>
#include <string_view>

namespace tracemark::ml {

enum class DeviceChoice { Auto, Cpu, Cuda };
DeviceChoice deviceChoiceFromString(std::string_view text); // throws UsageError

struct DeviceDescription {
    std::string torchVersion; // LibTorch version compiled against
    int cudaDevices = 0;      // GPUs this LibTorch can use (0 for a CPU-only build)
    bool useCuda = false;     // what the choice resolves to
    std::string summary() const; // "cpu (LibTorch 1.13.1, no usable GPU)" / "cuda:0 (LibTorch 2.4.0, 1 GPU)"
};

// Resolves a choice against this machine. Throws UsageError when CUDA is asked for but absent.
DeviceDescription resolveDevice(DeviceChoice choice);

} // namespace tracemark::ml
