int sum(int a, int b) {
    int s = a + b;
return s;
}
