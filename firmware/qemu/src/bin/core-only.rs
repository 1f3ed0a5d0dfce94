//! The core engine and its content tables alone, to measure their flash:
//! `cargo xtask size` subtracts the `baseline` image (same runtime, no
//! core) from this one.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use cortex_m_semihosting::debug;
use panic_semihosting as _;
use spotcheck_core::{content, Language, Session, Step};

#[entry]
fn main() -> ! {
    // Keep every table, whether or not this walk reaches it.
    core::hint::black_box(&content::TREE);
    let ok = match content::checked() {
        Ok(tree) => {
            let mut s = Session::new(tree, Language::En);
            let mut steps = 0;
            while let Step::Question(_) = s.step() {
                let choice = core::hint::black_box(0);
                steps += 1;
                if s.answer(choice).is_err() || steps > 64 {
                    break;
                }
            }
            s.is_finished()
        }
        Err(_) => false,
    };
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    loop {
        cortex_m::asm::wfi();
    }
}
