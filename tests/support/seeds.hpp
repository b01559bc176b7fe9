#pragma once
// The seeds of a property test, so that every failure can be replayed:
// - CPC_SEED=N: that one seed alone;
// - else the seeds tests/seeds.txt lists for the test (seeds that once
//   failed, tried again on every run), then `count` fresh ones from a first
//   seed drawn now and printed (CPC_PROPERTY_CONFERENCES=N: N fresh ones).
// A seed that fails is printed with the command that replays it and added to
// failed-seeds.txt in the build folder, to be copied into tests/seeds.txt.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::test {

struct Seeds {
    std::vector<unsigned> list; // in the order to try them
    bool replaying = false;     // CPC_SEED: one seed, as asked
};

// "name seed" lines; '#' starts a comment.
inline std::vector<unsigned> listedSeeds(std::string_view name) {
    std::vector<unsigned> out;
    std::ifstream in(std::filesystem::path(CPC_SOURCE_DIR) / "tests" / "seeds.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string test;
        unsigned seed = 0;
        if (words >> test >> seed && test == name) out.push_back(seed);
    }
    return out;
}

// `listed`: try the seeds tests/seeds.txt lists too (one batch of several says yes).
inline Seeds seedsFor(std::string_view name, int count, bool listed = true) {
    if (const char* s = std::getenv("CPC_SEED"))
        return {{static_cast<unsigned>(std::stoul(s))}, true};
    if (const char* n = std::getenv("CPC_PROPERTY_CONFERENCES")) count = std::max(1, std::atoi(n));
    Seeds seeds{listed ? listedSeeds(name) : std::vector<unsigned>{}, false};
    const unsigned first = std::random_device{}();
    for (int k = 0; k < count; ++k)
        seeds.list.push_back(first + static_cast<unsigned>(k));
    std::cout << name << ": " << seeds.list.size() - static_cast<std::size_t>(count)
              << " listed seeds, then " << first << " to "
              << first + static_cast<unsigned>(count) - 1 << " (CPC_SEED=N reruns one)"
              << std::endl;
    return seeds;
}

inline std::string replayCommand(std::string_view name, unsigned seed) {
    return "CPC_SEED=" + std::to_string(seed) + " ctest --test-dir build -R '" + std::string(name) +
           "'";
}

inline void failedSeed(std::string_view name, unsigned seed) {
    std::cout << name << ": seed " << seed << " failed; " << replayCommand(name, seed)
              << " replays it" << std::endl;
    std::ofstream(std::filesystem::path(CPC_BINARY_DIR) / "failed-seeds.txt", std::ios::app)
        << name << ' ' << seed << '\n';
}

} // namespace cpc::test
