#include "app/cli.hpp"

#include <iostream>

// The program owns what it links: the command line, and the windows it is given.
int main(int argc, char** argv) {
    return cpc::app::runCommandLine(argc, argv, std::cout, std::cerr,
                                    {.gui = cpc::app::runGui, .render = cpc::app::render});
}
