#include <iostream>
int main() { std::cout << "fine\n"; }
