#include <nosuch>
int main() {}
