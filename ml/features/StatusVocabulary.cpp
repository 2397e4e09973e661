#include "ml/features/StatusVocabulary.h"

#include "core/common/Error.h"
#include "ml/features/FeatureBlob.h"

namespace tracemark {
namespace {

constexpr std::string_view kBlobKind = "tracemark-status-vocabulary";
constexpr int kBlobVersion = 1;

std::size_t slot(StatusClass status)
{
    return static_cast<std::size_t>(status);
}

} // namespace

void StatusVocabulary::observe(StatusClass status)
{
    if (slot(status) < present_.size())
        present_[slot(status)] = true;
}

int StatusVocabulary::size() const
{
    int n = 0;
    for (bool present : present_)
        n += present;
    return n;
}

int StatusVocabulary::indexOf(StatusClass status) const
{
    if (slot(status) >= present_.size() || !present_[slot(status)])
        return -1;
    int index = 0;
    for (std::size_t i = 0; i < slot(status); ++i)
        index += present_[i];
    return index;
}

std::vector<StatusClass> StatusVocabulary::classes() const
{
    std::vector<StatusClass> result;
    for (std::size_t i = 0; i < present_.size(); ++i)
        if (present_[i])
            result.push_back(static_cast<StatusClass>(i));
    return result;
}

std::vector<float> StatusVocabulary::oneHot(StatusClass status) const
{
    std::vector<float> vector(static_cast<std::size_t>(size()), 0.0f);
    const int index = indexOf(status);
    if (index >= 0)
        vector[static_cast<std::size_t>(index)] = 1.0f;
    return vector;
}

void StatusVocabulary::serialize(std::string& out) const
{
    FeatureBlobWriter writer(out, kBlobKind, kBlobVersion);
    const auto present = classes();
    writer.field("size", static_cast<std::int64_t>(present.size()));
    for (StatusClass status : present)
        writer.line(toString(status));
}

StatusVocabulary StatusVocabulary::deserialize(std::string_view data)
{
    FeatureBlobReader reader(data, kBlobKind, kBlobVersion);
    const std::int64_t size = reader.intField("size");
    if (size < 0 || size > kStatusClassCount)
        reader.fail("implausible size " + std::to_string(size));
    StatusVocabulary vocabulary;
    for (std::int64_t i = 0; i < size; ++i) {
        const std::string_view name = reader.line();
        const auto status = statusClassFromString(name);
        if (!status)
            reader.fail("unknown status class " + quoteForMessage(std::string(name)));
        if (vocabulary.present_[slot(*status)])
            reader.fail("duplicate status class " + std::string(name));
        vocabulary.present_[slot(*status)] = true;
    }
    reader.expectEnd();
    return vocabulary;
}

} // namespace tracemark
