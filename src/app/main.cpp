#include "app/cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    return cpc::app::runCommandLine(argc, argv, std::cout, std::cerr);
}
