;; The check lane's inner loop in WebAssembly (see scan-wasm.ts, which feeds it): for the
;; plainest check rows (the time at fixed places as YYYY-MM-DDTHH:MM:SS[.sss]Z, one check
;; column of 1-3 digits, a monitor name of up to 16 bytes) it finds the fields, reads the
;; time and the check and looks the monitor up, writing one (monitor, day and outcome, ms)
;; triple per row. It stops at the first record it is not sure of and says why; the JavaScript lane
;; and the general path take that record exactly as before, so results stay the reference's.
(module
  (memory (export "memory") 20)

  ;; Byte classes at 0: 0 ordinary, 1 delimiter, 2 LF, 3 CR, 4 quote (set by the caller).
  ;; The bytes read sit at 131072 with 16 bytes to spare after them: blocks of sixteen are
  ;; read whole, and bytes past the window's end masked off.
  ;; The check readings at 256: one signed 16-bit outcome class per number 0-999 (-1 unknown).
  ;; Monitors at 4096: 1024 slots of 32 bytes (the name's 16 bytes, its length, its id),
  ;; length -1 when empty.
  ;; Rows out at 40960: (id, day | outcome << 17, ms), at most 4096 per call: days up to
  ;; 2199 are below 2^17, and a lone check column's outcomes below 2^10.
  ;; The bytes read at 131072.

  ;; Why the last run stopped: 0 rows out full or window read, 1 a record it leaves,
  ;; 2 a monitor not yet known (its cell in $missStart-$missEnd), 3 a record the window cuts.
  ;; The delimiter byte (set by the caller, with the byte classes).
  (global $delimiter (export "delimiter") (mut i32) (i32.const 44))
  (global $why (export "why") (mut i32) (i32.const 0))
  (global $taken (export "taken") (mut i32) (i32.const 0))
  (global $missStart (export "missStart") (mut i32) (i32.const 0))
  (global $missEnd (export "missEnd") (mut i32) (i32.const 0))
  ;; The last possible "YYYY-MM-DDTHH:MM" read, as its sixteen bytes, and what it means.
  (global $prefix (mut v128) (v128.const i64x2 0 0))
  (global $prefixOffset (mut i32) (i32.const 0))
  (global $prefixDay (mut i32) (i32.const 0))

  ;; The digit at $at, or 10 or more (read unsigned) when it is not one.
  (func $digit (param $at i32) (result i32)
    (i32.sub (i32.load8_u (local.get $at)) (i32.const 48)))

  ;; The two digits at $at as a number, or -1 when either is not a digit.
  (func $twoDigits (param $at i32) (result i32)
    (local $tens i32) (local $ones i32)
    (local.set $tens (call $digit (local.get $at)))
    (local.set $ones (call $digit (i32.add (local.get $at) (i32.const 1))))
    (if (i32.or (i32.gt_u (local.get $tens) (i32.const 9)) (i32.gt_u (local.get $ones) (i32.const 9)))
      (then (return (i32.const -1))))
    (i32.add (i32.mul (local.get $tens) (i32.const 10)) (local.get $ones)))

  ;; Days since 1970-01-01 of a date with year >= 100 (H. Hinnant's days_from_civil).
  (func $epochDay (param $year i32) (param $month i32) (param $day i32) (result i32)
    (local $y i32) (local $era i32) (local $yoe i32) (local $doy i32)
    (local.set $y (select (i32.sub (local.get $year) (i32.const 1)) (local.get $year)
      (i32.le_u (local.get $month) (i32.const 2))))
    (local.set $era (i32.div_u (local.get $y) (i32.const 400)))
    (local.set $yoe (i32.sub (local.get $y) (i32.mul (local.get $era) (i32.const 400))))
    (local.set $doy (i32.add
      (i32.div_u
        (i32.add
          (i32.mul (i32.const 153)
            (select (i32.sub (local.get $month) (i32.const 3)) (i32.add (local.get $month) (i32.const 9))
              (i32.gt_u (local.get $month) (i32.const 2))))
          (i32.const 2))
        (i32.const 5))
      (i32.sub (local.get $day) (i32.const 1))))
    (i32.sub
      (i32.add
        (i32.mul (local.get $era) (i32.const 146097))
        (i32.add
          (i32.sub
            (i32.add (i32.mul (local.get $yoe) (i32.const 365)) (i32.div_u (local.get $yoe) (i32.const 4)))
            (i32.div_u (local.get $yoe) (i32.const 100)))
          (local.get $doy)))
      (i32.const 719468)))

  ;; Days in the month of a year >= 100, month 1-12.
  (func $daysInMonth (param $year i32) (param $month i32) (result i32)
    (if (i32.eq (local.get $month) (i32.const 2))
      (then
        (return (select (i32.const 29) (i32.const 28)
          (i32.and
            (i32.eqz (i32.rem_u (local.get $year) (i32.const 4)))
            (i32.or
              (i32.ne (i32.rem_u (local.get $year) (i32.const 100)) (i32.const 0))
              (i32.eqz (i32.rem_u (local.get $year) (i32.const 400)))))))))
    (select (i32.const 30) (i32.const 31)
      (i32.or
        (i32.or (i32.eq (local.get $month) (i32.const 4)) (i32.eq (local.get $month) (i32.const 6)))
        (i32.or (i32.eq (local.get $month) (i32.const 9)) (i32.eq (local.get $month) (i32.const 11))))))

  ;; Reads "YYYY-MM-DDTHH:MM" at $s into the remembered prefix; 0 when it is not a possible one.
  (func $readPrefix (param $s i32) (result i32)
    (local $year i32) (local $month i32) (local $day i32) (local $hour i32) (local $minute i32)
    (if (i32.or
          (i32.or
            (i32.ne (i32.load8_u offset=4 (local.get $s)) (i32.const 45))
            (i32.ne (i32.load8_u offset=7 (local.get $s)) (i32.const 45)))
          (i32.or
            (i32.ne (i32.load8_u offset=10 (local.get $s)) (i32.const 84))
            (i32.ne (i32.load8_u offset=13 (local.get $s)) (i32.const 58))))
      (then (return (i32.const 0))))
    ;; Each pair of digits read once; -1 (above 99 read unsigned) when either is not one.
    (local.set $year (call $twoDigits (local.get $s)))
    (local.set $day (call $twoDigits (i32.add (local.get $s) (i32.const 2))))
    (if (i32.or (i32.gt_u (local.get $year) (i32.const 99)) (i32.gt_u (local.get $day) (i32.const 99)))
      (then (return (i32.const 0))))
    (local.set $year (i32.add (i32.mul (local.get $year) (i32.const 100)) (local.get $day)))
    (local.set $month (call $twoDigits (i32.add (local.get $s) (i32.const 5))))
    (local.set $day (call $twoDigits (i32.add (local.get $s) (i32.const 8))))
    (local.set $hour (call $twoDigits (i32.add (local.get $s) (i32.const 11))))
    (local.set $minute (call $twoDigits (i32.add (local.get $s) (i32.const 14))))
    ;; A pair that is not digits is -1, above every limit below when read unsigned.
    (if (i32.or (i32.gt_u (local.get $hour) (i32.const 23)) (i32.gt_u (local.get $minute) (i32.const 59)))
      (then (return (i32.const 0))))
    ;; Only the readable years 1970-2199 (timestamps.ts); the JavaScript readers say why not.
    (if (i32.or (i32.lt_u (local.get $year) (i32.const 1970)) (i32.gt_u (local.get $year) (i32.const 2199)))
      (then (return (i32.const 0))))
    (if (i32.or (i32.lt_u (local.get $month) (i32.const 1)) (i32.gt_u (local.get $month) (i32.const 12)))
      (then (return (i32.const 0))))
    (if (i32.or
          (i32.lt_u (local.get $day) (i32.const 1))
          (i32.gt_u (local.get $day) (call $daysInMonth (local.get $year) (local.get $month))))
      (then (return (i32.const 0))))
    (global.set $prefixDay (call $epochDay (local.get $year) (local.get $month) (local.get $day)))
    (global.set $prefixOffset (i32.mul
      (i32.add (i32.mul (local.get $hour) (i32.const 60)) (local.get $minute))
      (i32.const 60000)))
    (global.set $prefix (v128.load (local.get $s)))
    (i32.const 1))

  ;; A monitor cell of up to 16 bytes as a vector, the bytes past its end zeroed.
  (func $key (param $start i32) (param $length i32) (result v128)
    (v128.and (v128.load (local.get $start))
      (i8x16.gt_s (i8x16.splat (local.get $length))
        (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))

  ;; The monitor slot of a key.
  (func $slot (param $key v128) (param $length i32) (result i32)
    (i32.add (i32.const 4096)
      (i32.shl
        (i32.shr_u
          (i32.mul
            (i32.xor
              (i32.xor
                (i32.xor (i32x4.extract_lane 0 (local.get $key)) (local.get $length))
                (i32.mul (i32x4.extract_lane 1 (local.get $key)) (i32.const 0x85ebca6b)))
              (i32.xor
                (i32.mul (i32x4.extract_lane 2 (local.get $key)) (i32.const 0xc2b2ae35))
                (i32.mul (i32x4.extract_lane 3 (local.get $key)) (i32.const 0x27d4eb2f))))
            (i32.const 0x9e3779b1))
          (i32.const 22))
        (i32.const 5))))

  ;; Files the monitor cell $start-$end (up to 16 bytes) under $id.
  (func (export "remember") (param $start i32) (param $end i32) (param $id i32)
    (local $length i32) (local $key v128) (local $slot i32)
    (local.set $length (i32.sub (local.get $end) (local.get $start)))
    (local.set $key (call $key (local.get $start) (local.get $length)))
    (local.set $slot (call $slot (local.get $key) (local.get $length)))
    (v128.store (local.get $slot) (local.get $key))
    (i32.store offset=16 (local.get $slot) (local.get $length))
    (i32.store offset=20 (local.get $slot) (local.get $id)))

  ;; Reads the records from $pos while it is sure of them, up to $to (the end of the bytes
  ;; copied in); returns where it stopped, with $why and the rows written in $taken.
  ;; $monitor is -1 when every check goes to monitor 0; $check is the lone check column.
  (func (export "run") (param $pos i32) (param $to i32) (param $fields i32) (param $time i32)
      (param $monitor i32) (param $check i32) (result i32)
    (local $at i32) (local $i i32) (local $f i32) (local $start i32) (local $c i32)
    (local $offset i32) (local $day i32) (local $mStart i32) (local $mEnd i32)
    (local $cStart i32) (local $cEnd i32) (local $n i32) (local $reading i32)
    (local $length i32) (local $key v128) (local $slot i32) (local $id i32)
    (local $out i32) (local $taken i32) (local $next i32)
    (local $scan i32) (local $block i32) (local $ends i32) (local $bytes v128) (local $delimiters v128)
    (local $withMillis i32) (local $tail i32) (local $fraction i32)
    (local.set $at (local.get $pos))
    (local.set $out (i32.const 40960))
    (local.set $delimiters (i8x16.splat (global.get $delimiter)))
    (global.set $why (i32.const 0))
    (block $stop
      (loop $record
        (br_if $stop (i32.ge_u (local.get $at) (local.get $to)))
        (if (i32.eq (local.get $taken) (i32.const 4096)) (then (br $stop)))
        (local.set $i (local.get $at))
        (local.set $scan (local.get $at))
        (local.set $ends (i32.const 0))
        (local.set $offset (i32.const -1))
        (local.set $f (i32.const 0))
        (block $fieldsRead
          (loop $field
            (local.set $start (local.get $i))
            (if (i32.eq (local.get $f) (local.get $time))
              (then
                ;; The time at fixed places, YYYY-MM-DDTHH:MM:SS[.sss]Z; the field must end
                ;; right after it. Rows come seconds apart, so the "YYYY-MM-DDTHH:MM" of
                ;; the last time is remembered and, while the next starts with the same
                ;; sixteen bytes, only its seconds are read.
                (local.set $withMillis (i32.eq (i32.load8_u offset=19 (local.get $start)) (i32.const 46)))
                ;; A time the window cuts (or its field end, which must follow) is read in the next.
                (if (i32.ge_u
                      (i32.add (local.get $start) (select (i32.const 24) (i32.const 20) (local.get $withMillis)))
                      (local.get $to))
                  (then (global.set $why (i32.const 3)) (br $stop)))
                (if (v128.any_true (v128.xor (v128.load (local.get $start)) (global.get $prefix)))
                  (then
                    (if (i32.eqz (call $readPrefix (local.get $start)))
                      (then (global.set $why (i32.const 1)) (br $stop)))))
                (local.set $tail (i32.load offset=16 (local.get $start)))
                (local.set $offset (i32.const 0))
                (if (local.get $withMillis)
                  (then
                    ;; ":SS." then "sssZ"
                    (local.set $fraction (i32.load offset=20 (local.get $start)))
                    (if (i32.or
                          (i32.ne (i32.and (local.get $tail) (i32.const 0xff0000ff)) (i32.const 0x2e00003a))
                          (i32.or
                            (i32.ne (i32.shr_u (local.get $fraction) (i32.const 24)) (i32.const 90))
                            (i32.or
                              (i32.ne (i32.and (local.get $fraction) (i32.const 0xf0f0f0)) (i32.const 0x303030))
                              (i32.ne (i32.and (i32.add (i32.and (local.get $fraction) (i32.const 0xffffff)) (i32.const 0x060606)) (i32.const 0xf0f0f0)) (i32.const 0x303030)))))
                      (then (global.set $why (i32.const 1)) (br $stop)))
                    (local.set $offset (i32.add
                      (i32.add
                        (i32.mul (i32.and (local.get $fraction) (i32.const 15)) (i32.const 100))
                        (i32.mul (i32.and (i32.shr_u (local.get $fraction) (i32.const 8)) (i32.const 15)) (i32.const 10)))
                      (i32.and (i32.shr_u (local.get $fraction) (i32.const 16)) (i32.const 15))))
                    (local.set $i (i32.add (local.get $start) (i32.const 24))))
                  (else
                    ;; ":SSZ"
                    (if (i32.ne (i32.and (local.get $tail) (i32.const 0xff0000ff)) (i32.const 0x5a00003a))
                      (then (global.set $why (i32.const 1)) (br $stop)))
                    (local.set $i (i32.add (local.get $start) (i32.const 20)))))
                (if (i32.or
                      (i32.ne (i32.and (local.get $tail) (i32.const 0xf0f000)) (i32.const 0x303000))
                      (i32.ne (i32.and (i32.add (i32.and (local.get $tail) (i32.const 0xffff00)) (i32.const 0x060600)) (i32.const 0xf0f000)) (i32.const 0x303000)))
                  (then (global.set $why (i32.const 1)) (br $stop)))
                (local.set $n (i32.add
                  (i32.mul (i32.and (i32.shr_u (local.get $tail) (i32.const 8)) (i32.const 15)) (i32.const 10))
                  (i32.and (i32.shr_u (local.get $tail) (i32.const 16)) (i32.const 15))))
                (if (i32.gt_u (local.get $n) (i32.const 59))
                  (then (global.set $why (i32.const 1)) (br $stop)))
                (local.set $offset (i32.add (local.get $offset)
                  (i32.add (global.get $prefixOffset) (i32.mul (local.get $n) (i32.const 1000)))))
                (local.set $day (global.get $prefixDay))
                (local.set $scan (local.get $i))
                (local.set $ends (i32.const 0))
                ;; Only a field end may follow.
                (if (i32.eqz (i32.load8_u (i32.load8_u (local.get $i))))
                  (then (global.set $why (i32.const 1)) (br $stop)))))
            ;; To the field's end: sixteen bytes at a time, each block's delimiters, line
            ;; ends and quotes marked in one mask that serves every field ending in it.
            (block $found
              (loop $blocks
                (if (local.get $ends)
                  (then
                    (local.set $i (i32.add (local.get $block) (i32.ctz (local.get $ends))))
                    (local.set $ends (i32.and (local.get $ends) (i32.sub (local.get $ends) (i32.const 1))))
                    (local.set $c (i32.load8_u (i32.load8_u (local.get $i))))
                    (br $found)))
                (if (i32.ge_u (local.get $scan) (local.get $to))
                  (then (global.set $why (i32.const 3)) (br $stop)))
                (local.set $bytes (v128.load (local.get $scan)))
                (local.set $ends (i8x16.bitmask
                  (v128.or
                    (v128.or
                      (i8x16.eq (local.get $bytes) (local.get $delimiters))
                      (i8x16.eq (local.get $bytes) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))
                    (v128.or
                      (i8x16.eq (local.get $bytes) (v128.const i8x16 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13))
                      (i8x16.eq (local.get $bytes) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34))))))
                ;; Bytes past the window's end are not its own.
                (if (i32.lt_u (i32.sub (local.get $to) (local.get $scan)) (i32.const 16))
                  (then
                    (local.set $ends (i32.and (local.get $ends)
                      (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $to) (local.get $scan))) (i32.const 1))))))
                (local.set $block (local.get $scan))
                (local.set $scan (i32.add (local.get $scan) (i32.const 16)))
                (br $blocks)))
            (if (i32.eq (local.get $f) (local.get $monitor))
              (then (local.set $mStart (local.get $start)) (local.set $mEnd (local.get $i))))
            (if (i32.eq (local.get $f) (local.get $check))
              (then (local.set $cStart (local.get $start)) (local.set $cEnd (local.get $i))))
            (if (i32.eq (local.get $c) (i32.const 1))
              (then
                ;; A delimiter: another field must follow.
                (if (i32.eq (local.get $f) (i32.sub (local.get $fields) (i32.const 1)))
                  (then (global.set $why (i32.const 1)) (br $stop)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (local.set $f (i32.add (local.get $f) (i32.const 1)))
                (br $field)))
            ;; A line end or a quote: the record must end here with its last field.
            (if (i32.or
                  (i32.eq (local.get $c) (i32.const 4))
                  (i32.ne (local.get $f) (i32.sub (local.get $fields) (i32.const 1))))
              (then (global.set $why (i32.const 1)) (br $stop)))
            (local.set $next (i32.add (local.get $i) (i32.const 1)))
            (if (i32.eq (local.get $c) (i32.const 3))
              (then
                (if (i32.ge_u (local.get $next) (local.get $to))
                  (then (global.set $why (i32.const 3)) (br $stop)))
                (if (i32.ne (i32.load8_u (local.get $next)) (i32.const 10))
                  (then (global.set $why (i32.const 1)) (br $stop)))
                (local.set $next (i32.add (local.get $next) (i32.const 1)))))
            (br $fieldsRead)))
        ;; The check: 1-3 digits with a known outcome.
        (local.set $length (i32.sub (local.get $cEnd) (local.get $cStart)))
        (if (i32.or (i32.eqz (local.get $length)) (i32.gt_u (local.get $length) (i32.const 3)))
          (then (global.set $why (i32.const 1)) (br $stop)))
        (local.set $n (i32.const 0))
        (local.set $i (local.get $cStart))
        (loop $digits
          (local.set $c (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
          (if (i32.gt_u (local.get $c) (i32.const 9))
            (then (global.set $why (i32.const 1)) (br $stop)))
          (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (local.get $c)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $digits (i32.lt_u (local.get $i) (local.get $cEnd))))
        (local.set $reading (i32.load16_s offset=256 (i32.shl (local.get $n) (i32.const 1))))
        (if (i32.lt_s (local.get $reading) (i32.const 0))
          (then (global.set $why (i32.const 1)) (br $stop)))
        ;; The monitor, by its bytes.
        (local.set $id (i32.const 0))
        (if (i32.ge_s (local.get $monitor) (i32.const 0))
          (then
            (local.set $length (i32.sub (local.get $mEnd) (local.get $mStart)))
            (if (i32.gt_u (local.get $length) (i32.const 16))
              (then (global.set $why (i32.const 1)) (br $stop)))
            (local.set $key (call $key (local.get $mStart) (local.get $length)))
            (local.set $slot (call $slot (local.get $key) (local.get $length)))
            (if (i32.or
                  (v128.any_true (v128.xor (v128.load (local.get $slot)) (local.get $key)))
                  (i32.ne (i32.load offset=16 (local.get $slot)) (local.get $length)))
              (then
                (global.set $missStart (local.get $mStart))
                (global.set $missEnd (local.get $mEnd))
                (global.set $why (i32.const 2))
                (br $stop)))
            (local.set $id (i32.load offset=20 (local.get $slot)))))
        (i32.store (local.get $out) (local.get $id))
        (i32.store offset=4 (local.get $out)
          (i32.or (local.get $day) (i32.shl (local.get $reading) (i32.const 17))))
        (i32.store offset=8 (local.get $out) (local.get $offset))
        (local.set $out (i32.add (local.get $out) (i32.const 12)))
        (local.set $taken (i32.add (local.get $taken) (i32.const 1)))
        (local.set $at (local.get $next))
        (br $record)))
    (global.set $taken (local.get $taken))
    (local.get $at)))
