package glibc;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import jdk.incubator.foreign.CLinker;
import jdk.incubator.foreign.FunctionDescriptor;
import jdk.incubator.foreign.SymbolLookup;

/**
 * The C library's exp, log, pow, sin and cos, called through JDK 17's incubating foreign
 * linker: the functions CPython's math and ** use. For the check only, never for the site.
 */
public final class Glibc {
    private static final MethodHandle EXP;
    private static final MethodHandle LOG;
    private static final MethodHandle SIN;
    private static final MethodHandle COS;
    private static final MethodHandle POW;

    static {
        System.load(System.getProperty("glibc.libm", "/lib/x86_64-linux-gnu/libm.so.6"));
        SymbolLookup lookup = SymbolLookup.loaderLookup();
        CLinker linker = CLinker.getInstance();
        FunctionDescriptor unary = FunctionDescriptor.of(CLinker.C_DOUBLE, CLinker.C_DOUBLE);
        FunctionDescriptor binary =
                FunctionDescriptor.of(CLinker.C_DOUBLE, CLinker.C_DOUBLE, CLinker.C_DOUBLE);
        MethodType one = MethodType.methodType(double.class, double.class);
        MethodType two = MethodType.methodType(double.class, double.class, double.class);
        EXP = linker.downcallHandle(lookup.lookup("exp").orElseThrow(), one, unary);
        LOG = linker.downcallHandle(lookup.lookup("log").orElseThrow(), one, unary);
        SIN = linker.downcallHandle(lookup.lookup("sin").orElseThrow(), one, unary);
        COS = linker.downcallHandle(lookup.lookup("cos").orElseThrow(), one, unary);
        POW = linker.downcallHandle(lookup.lookup("pow").orElseThrow(), two, binary);
    }

    private Glibc() {
    }

    public static double exp(double x) {
        return call1(EXP, x);
    }

    public static double log(double x) {
        return call1(LOG, x);
    }

    public static double sin(double x) {
        return call1(SIN, x);
    }

    public static double cos(double x) {
        return call1(COS, x);
    }

    public static double pow(double x, double y) {
        try {
            return (double) POW.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static double call1(MethodHandle f, double x) {
        try {
            return (double) f.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
