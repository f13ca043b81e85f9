// Command hclbench-go times HashiCorp's native HCL parser (hclsyntax.ParseConfig) on files, for
// benchmarks/compare/hcl.sh. Built in GOPATH mode against Debian's golang-github-hashicorp-hcl-v2-dev.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

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
	start := time.Now()
	passes := 0
	for time.Since(start).Seconds() < *seconds {
		pass()
		passes++
	}
	elapsed := time.Since(start).Seconds()
	fmt.Printf("hashicorp native (go):     %.1f MB/s\n", float64(total)*float64(passes)/elapsed/1e6)
}
