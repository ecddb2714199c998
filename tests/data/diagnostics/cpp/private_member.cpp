class A {
  int secret = 1;
};
int main() {
  A a;
  return a.secret;
}
