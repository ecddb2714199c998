#include <assert.h>

static int check(int x)
{
	assert(x > 0);
	return x;
}

int main(void)
{
	return check(0);
}
