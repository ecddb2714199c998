#include <string>
#include <vector>
int main() {
  std::vector<int> v;
  v.push_back(std::string("x"));
  undefined_fn();
}
