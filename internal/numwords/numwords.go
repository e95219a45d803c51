// Package numwords spells non-negative integers out in words in Kazakh and
// Russian, as required on МСЭ documents, for example
// «пронумеровано 52 (елу екі / пятьдесят два) листа» or
// «60 (алпыс / шестьдесят) %».
//
// All results are in lower case with the words separated by single spaces.
// Supported values are 0 … Max; anything else is reported with an error
// wrapping ErrRange.
package numwords

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Max is the largest number that Russian, Kazakh and Bilingual can spell.
const Max = 999_999_999

// ErrRange is wrapped by the errors returned for numbers that are negative or
// greater than Max.
var ErrRange = errors.New("numwords: number out of range")

// checkRange reports an error wrapping ErrRange if n is outside 0 … Max.
func checkRange(n int) error {
	if n < 0 || n > Max {
		return fmt.Errorf("numwords: %d not in [0, %d]: %w", n, Max, ErrRange)
	}
	return nil
}

// Russian returns the Russian cardinal numeral for n in the masculine gender
// (agreeing with «лист»), for example 52 → «пятьдесят два»,
// 2024 → «две тысячи двадцать четыре», 21000 → «двадцать одна тысяча».
// Thousands are feminine, so 1000 is «одна тысяча»; 0 is «ноль».
// It returns an error wrapping ErrRange if n is negative or greater than Max.
func Russian(n int) (string, error) {
	if err := checkRange(n); err != nil {
		return "", err
	}
	if n == 0 {
		return "ноль", nil
	}
	millions, thousands, units := n/1_000_000, n/1000%1000, n%1000
	var words []string
	if millions > 0 {
		words = russianTriple(words, millions, false)
		words = append(words, RussianPlural(millions, "миллион", "миллиона", "миллионов"))
	}
	if thousands > 0 {
		words = russianTriple(words, thousands, true)
		words = append(words, RussianPlural(thousands, "тысяча", "тысячи", "тысяч"))
	}
	if units > 0 {
		words = russianTriple(words, units, false)
	}
	return strings.Join(words, " "), nil
}

// russianTriple appends the Russian words for 1 ≤ n ≤ 999 to words. If
// feminine is true, 1 and 2 in the last position are «одна» and «две».
func russianTriple(words []string, n int, feminine bool) []string {
	hundreds := [10]string{"", "сто", "двести", "триста", "четыреста",
		"пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"}
	tens := [10]string{"", "", "двадцать", "тридцать", "сорок",
		"пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"}
	teens := [10]string{"десять", "одиннадцать", "двенадцать", "тринадцать",
		"четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
		"восемнадцать", "девятнадцать"}
	ones := [10]string{"", "один", "два", "три", "четыре",
		"пять", "шесть", "семь", "восемь", "девять"}
	if feminine {
		ones[1], ones[2] = "одна", "две"
	}

	h, t, u := n/100, n/10%10, n%10
	if h > 0 {
		words = append(words, hundreds[h])
	}
	switch {
	case t == 1:
		return append(words, teens[u])
	case t > 1:
		words = append(words, tens[t])
	}
	if u > 0 {
		words = append(words, ones[u])
	}
	return words
}

// Kazakh returns the Kazakh cardinal numeral for n, for example
// 52 → «елу екі», 100 → «жүз», 1000 → «бір мың»,
// 2024 → «екі мың жиырма төрт»; 0 is «нөл».
// It returns an error wrapping ErrRange if n is negative or greater than Max.
func Kazakh(n int) (string, error) {
	if err := checkRange(n); err != nil {
		return "", err
	}
	if n == 0 {
		return "нөл", nil
	}
	millions, thousands, units := n/1_000_000, n/1000%1000, n%1000
	var words []string
	if millions > 0 {
		words = append(kazakhTriple(words, millions), "миллион")
	}
	if thousands > 0 {
		words = append(kazakhTriple(words, thousands), "мың")
	}
	if units > 0 {
		words = kazakhTriple(words, units)
	}
	return strings.Join(words, " "), nil
}

// kazakhTriple appends the Kazakh words for 1 ≤ n ≤ 999 to words. A single
// hundred is «жүз» (not «бір жүз»).
func kazakhTriple(words []string, n int) []string {
	ones := [10]string{"", "бір", "екі", "үш", "төрт",
		"бес", "алты", "жеті", "сегіз", "тоғыз"}
	tens := [10]string{"", "он", "жиырма", "отыз", "қырық",
		"елу", "алпыс", "жетпіс", "сексен", "тоқсан"}

	h, t, u := n/100, n/10%10, n%10
	if h > 1 {
		words = append(words, ones[h])
	}
	if h > 0 {
		words = append(words, "жүз")
	}
	if t > 0 {
		words = append(words, tens[t])
	}
	if u > 0 {
		words = append(words, ones[u])
	}
	return words
}

// Bilingual returns the Kazakh and the Russian numerals for n separated by
// « / », for example 52 → «елу екі / пятьдесят два».
// It returns an error wrapping ErrRange if n is negative or greater than Max.
func Bilingual(n int) (string, error) {
	kk, err := Kazakh(n)
	if err != nil {
		return "", err
	}
	ru, err := Russian(n)
	if err != nil {
		return "", err
	}
	return kk + " / " + ru, nil
}

// RussianPlural returns the one of one, few and many that agrees with the
// integer n under the Russian plural rules (CLDR cardinal categories, as
// implemented by golang.org/x/text/feature/plural): one for 1, 21, 101, …;
// few for 2–4, 22–24, …; many for 0, 5–20, 25–30, 111–114, ….
// A negative n takes the same form as its absolute value.
func RussianPlural(n int, one, few, many string) string {
	if n < 0 {
		// Russian forms depend only on the last two digits; reducing
		// first keeps -n from overflowing for math.MinInt.
		n = -(n % 100)
	}
	switch plural.Cardinal.MatchPlural(language.Russian, n, 0, 0, 0, 0) {
	case plural.One:
		return one
	case plural.Few:
		return few
	default:
		return many
	}
}

// RussianSheets returns the form of «лист» that agrees with n:
// «лист» (1, 21, 101), «листа» (2–4, 22–24) or «листов» (0, 5–20, 111–114).
func RussianSheets(n int) string {
	return RussianPlural(n, "лист", "листа", "листов")
}
