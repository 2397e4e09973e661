#pragma once
// The status classes present in the workspace, indexed in severity order (Ok < ClientError <
// ServerError < Error), so the one-hot width comes from the data: a workspace without client
// errors gets no column for them. A class unseen while fitting has index -1 (an all-zero one-hot).
#include "core/model/Status.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

class StatusVocabulary {
public:
    void observe(StatusClass status);

    int size() const;
    int indexOf(StatusClass status) const; // -1 when not present in the data
    std::vector<StatusClass> classes() const;
    std::vector<float> oneHot(StatusClass status) const;

    void serialize(std::string& out) const;
    static StatusVocabulary deserialize(std::string_view data); // Error on a bad or other-version blob

private:
    std::array<bool, kStatusClassCount> present_{};
};

} // namespace tracemark
