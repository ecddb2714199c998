#include <stdio.h>
int main(void)
{
	puts("fine");
	return 0;
}
