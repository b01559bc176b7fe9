// Writes the benchmark's conferences as interchange files, for the real
// program to import: S.json, L.json and XL.json in the folder given.
#include "conference_sizes.hpp"
#include "interchange/json.hpp"

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_conferences FOLDER\n");
        return 2;
    }
    for (cpc::bench::Size size : cpc::bench::sizes) {
        const std::string file = std::string(argv[1]) + "/" + cpc::bench::name(size) + ".json";
        std::ofstream(file, std::ios::binary)
            << cpc::interchange::write(cpc::bench::conferenceOf(size));
        std::printf("%s\n", file.c_str());
    }
    return 0;
}
