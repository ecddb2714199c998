int main() { throw; }
