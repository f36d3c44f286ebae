# Formatting floats with format specs
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e20, 1.5e-10, 100.0, 2.675, 0.125]
for v in vals:
    print(repr(f"{v:.2f}"), repr(f"{v:10.3f}"), repr(f"{v:<10.1f}"), repr(f"{v:08.3f}"), repr(f"{v:+.1f}"))
    print(repr(f"{v:e}"), repr(f"{v:.3e}"), repr(f"{v:E}"), repr(f"{v:g}"), repr(f"{v:.3g}"), repr(f"{v:G}"))
    print(repr(f"{v:,.2f}"), repr(f"{v:%}"), repr(f"{v:.1%}"), repr(f"{v}"), repr(f"{v:^12}"), repr(f"{v:.0f}"))
print("%f %.2f %10.4f %-10.1f| %e %g %G %.3g" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 0.00001234, 1e-10, 1234567.0))
print("%s %r" % (0.1, 0.1))
print("{:.3f} {:>8.2f} {:e}".format(2 / 3, -1 / 3, 1 / 3))
print(format(1.5), format(1e100, ''), format(0.1, 'f'), format(1 / 3, '.15g'), format(1 / 3, '.17g'))
print(f"{1e16:f}", f"{1.23456789e-5:.10f}", f"{123.456:.0e}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{12345.6789:_.2f}", f"{-0.001:.2f}", f"{99.995:.2f}", f"{1e-7:g}", f"{123456789.0:g}")
w = 12
p = 4
print(f"{3.14159:{w}.{p}f}|", f"{2.71828:>{w}}|")
