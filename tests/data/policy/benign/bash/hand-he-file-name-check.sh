#!/usr/bin/env bash
# file_name_check: 'Yes' when the name has at most three digits, exactly one dot,
# a latin letter first, and one of the extensions txt, exe, dll.
shopt -s extglob

file_name_check() {
	local name=$1 digits stem ext
	digits=${name//[!0-9]/}
	((${#digits} > 3)) && { echo No; return; }
	[[ $name == *.* && ${name#*.} != *.* ]] || { echo No; return; }
	stem=${name%.*}
	ext=${name##*.}
	[[ $stem == [A-Za-z]* ]] || { echo No; return; }
	case $ext in
	txt | exe | dll) echo Yes ;;
	*) echo No ;;
	esac
}

check() {
	local got
	got=$(file_name_check "$1")
	[[ $got == "$2" ]] || { echo "FAIL file_name_check('$1') = $got, want $2" >&2; exit 1; }
}

check example.txt Yes
check 1example.dll No
check s1sdf3.asd No
check K.dll Yes
check MY16FILE3.exe Yes
check His12FILE94.exe No
check _Y.txt No
check '?aREYA.exe' No
check /this_is_valid.dll No
check this_is_valid.wow No
check this_is_valid.txt Yes
check this_is_valid.txtexe No
check '#this2_i4s_5valid.ten' No
check '@this1_is6_valid.exe' No
check this_is_12valid.6exe4.txt No
check all.exe.txt No
check I563_No.exe Yes
check Is3youfault.txt Yes
check no_one#knows.dll Yes
check 1I563_Yes3.exe No
check I563_Yes3.txtt No
check final..txt No
check final132 No
check _f4indsartal132. No
check .txt No
check s. No
echo ok
