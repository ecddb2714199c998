int main() {
  return undefined_fn();
}
