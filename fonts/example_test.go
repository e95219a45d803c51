package fonts_test

import (
	"fmt"

	"github.com/msedocs/msedocs/fonts"
)

func ExampleFamily_Check() {
	fam, err := fonts.Liberation()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fam.Check("Ә Ғ Қ Ң Ө Ұ Ү Һ І"))
	fmt.Println(fam.Check("Әлия \U0001F600"))
	// Output:
	// <nil>
	// font "Liberation Serif": no glyph for U+1F600
}
