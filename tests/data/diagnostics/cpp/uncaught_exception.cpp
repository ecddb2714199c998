#include <stdexcept>
static void load() { throw std::runtime_error("config missing"); }
int main() { load(); }
