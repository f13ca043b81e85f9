// Command hclbench-go times HashiCorp's native HCL parser (hclsyntax.ParseConfig) on files, for
// benchmarks/compare/hcl.sh. Built in GOPATH mode against Debian's golang-github-hashicorp-hcl-v2-dev.
package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func cpuSeconds() float64 {
	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return float64(usage.Utime.Nano()+usage.Stime.Nano()) / 1e9
}

func main() {
	seconds := flag.Float64("seconds", 5, "how long to measure")
	flag.Parse()
	var inputs [][]byte
	total := 0
	for _, name := range flag.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		inputs = append(inputs, data)
		total += len(data)
	}
	pass := func() {
		for _, data := range inputs {
			_, diags := hclsyntax.ParseConfig(data, "main.tf", hcl.Pos{Line: 1, Column: 1})
			if diags.HasErrors() {
				fmt.Fprintln(os.Stderr, diags.Error())
				os.Exit(1)
			}
		}
	}
	pass()
	cpuStart := cpuSeconds()
	start := time.Now()
	passes := 0
	for passes == 0 || time.Since(start).Seconds() < *seconds {
		pass()
		passes++
	}
	wall := time.Since(start).Seconds()
	cpu := cpuSeconds() - cpuStart
	megabytes := float64(total) * float64(passes) / 1e6
	fmt.Printf("hashicorp native (go):     %.1f MB/s wall, %.1f MB/s cpu\n", megabytes/wall, megabytes/cpu)
}
