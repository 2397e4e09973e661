#include "ml/train/Device.h"

#include "core/common/Error.h"

#include <torch/torch.h>
#include <torch/version.h>

namespace tracemark::ml {

DeviceChoice deviceChoiceFromString(std::string_view text)
{
    if (text == "auto")
        return DeviceChoice::Auto;
    if (text == "cpu")
        return DeviceChoice::Cpu;
    if (text == "cuda" || text == "gpu")
        return DeviceChoice::Cuda;
    throw UsageError("unknown device '" + std::string(text) + "' (expected auto, cpu or cuda)");
}

std::string DeviceDescription::summary() const
{
    std::string s = useCuda ? "cuda:0" : "cpu";
    s += " (LibTorch " + torchVersion + ", ";
    if (cudaDevices == 0)
        s += "no usable GPU)";
    else
        s += std::to_string(cudaDevices) + (cudaDevices == 1 ? " GPU)" : " GPUs)");
    return s;
}

DeviceDescription resolveDevice(DeviceChoice choice)
{
    DeviceDescription d;
    d.torchVersion = TORCH_VERSION;
    const bool cudaUsable = torch::cuda::is_available();
    d.cudaDevices = cudaUsable ? static_cast<int>(torch::cuda::device_count()) : 0;
    if (choice == DeviceChoice::Cuda && !cudaUsable)
        throw UsageError("--device cuda was asked for, but LibTorch " + d.torchVersion
                         + " sees no usable GPU (CPU-only build or no driver); use --device cpu or auto");
    d.useCuda = choice != DeviceChoice::Cpu && cudaUsable;
    return d;
}

} // namespace tracemark::ml
